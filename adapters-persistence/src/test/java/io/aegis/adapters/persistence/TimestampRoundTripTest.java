package io.aegis.adapters.persistence;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.asset.JooqAssetCategoryRepository;
import io.aegis.adapters.persistence.testing.BothDatabases;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryName;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JVM's default time zone must never shift a stored instant, on either database. */
class TimestampRoundTripTest {

    private static final Instant WRITTEN = Instant.parse("2026-07-14T23:59:58.987Z");

    @TempDir
    Path folder;

    private TimeZone original;

    @BeforeEach
    void runFarFromUtc() {
        original = TimeZone.getDefault();
        // +12:45 in July, and a non-whole-hour offset: any accidental conversion shows
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void an_instant_written_is_the_instant_read_and_is_stored_as_utc(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            var repository = new JooqAssetCategoryRepository(db.dsl());
            AssetCategory stored = repository.insert(
                    AssetCategory.define(new AssetCategoryName("Clocks"), Optional.empty(), Optional.empty(), WRITTEN));

            AssetCategory read = repository.findById(stored.id().orElseThrow()).orElseThrow();
            String raw = db.dsl().select(ASSET_CATEGORIES.CREATED_AT.cast(String.class)).from(ASSET_CATEGORIES)
                    .fetchOne(0, String.class);

            assertThat(read.createdAt()).isEqualTo(WRITTEN);
            assertThat(raw).startsWith("2026-07-14 23:59:58.987");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void the_databases_own_defaults_are_utc_too(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            db.dsl().insertInto(ASSET_CATEGORIES, ASSET_CATEGORIES.NAME).values("Defaults").execute();

            Instant created = db.dsl().select(ASSET_CATEGORIES.CREATED_AT).from(ASSET_CATEGORIES).fetchOne().value1();

            // a zone mix-up would be off by at least 12 hours; a minute covers any slow machine
            assertThat(Duration.between(created, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        }
    }

}
