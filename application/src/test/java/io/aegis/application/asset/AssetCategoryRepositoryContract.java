package io.aegis.application.asset;

import static io.aegis.application.asset.AssetCategoryMother.T0;
import static io.aegis.application.asset.AssetCategoryMother.aBareCategory;
import static io.aegis.application.asset.AssetCategoryMother.aCategory;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetCategoryRepository} must do. Adapters extend this class and hand over a
 * repository on an empty store; the same tests then run against memory, SQLite and MariaDB.
 */
public abstract class AssetCategoryRepositoryContract {

    private AssetCategoryRepository repository;

    /** An adapter on an empty store. */
    protected abstract AssetCategoryRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        AssetCategory stored = repository.insert(aCategory("Servers"));

        AssetCategory found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id());
        assertThat(found.name()).isEqualTo(new AssetCategoryName("Servers"));
        assertThat(found.description()).contains(new Description("about Servers"));
        assertThat(found.color()).contains(new HexColor("#12AB9F"));
        assertThat(found.active()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void absent_optional_properties_stay_absent() {
        AssetCategory stored = repository.insert(aBareCategory("Laptops", T0));

        AssetCategory found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.description()).isEmpty();
        assertThat(found.color()).isEmpty();
    }

    @Test
    void ids_are_distinct() {
        AssetCategory first = repository.insert(aCategory("A"));
        AssetCategory second = repository.insert(aCategory("B"));

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(repository.findById(new AssetCategoryId(987_654))).isEmpty();
    }

    @Test
    void names_are_taken_ignoring_case_except_by_the_category_itself() {
        AssetCategory stored = repository.insert(aCategory("Network Gear"));

        assertThat(repository.nameTaken(new AssetCategoryName("network gear"), Optional.empty())).isTrue();
        assertThat(repository.nameTaken(new AssetCategoryName("NETWORK GEAR"), stored.id())).isFalse();
        assertThat(repository.nameTaken(new AssetCategoryName("Network"), Optional.empty())).isFalse();
    }

    @Test
    void categories_are_found_by_names_ignoring_case() {
        AssetCategory gear = repository.insert(aCategory("Network Gear"));
        repository.insert(aCategory("Printers"));

        assertThat(repository.findByNames(List.of(new AssetCategoryName("NETWORK gear"),
                new AssetCategoryName("Phones")))).extracting(AssetCategory::id).containsExactly(gear.id());
    }

    @Test
    void an_inactive_category_still_holds_its_name() {
        AssetCategory stored = repository.insert(aCategory("Printers"));
        repository.update(stored.deactivate(T0.plusSeconds(5)), stored.version());

        assertThat(repository.nameTaken(new AssetCategoryName("printers"), Optional.empty())).isTrue();
    }

    @Test
    void update_with_the_current_version_stores_the_change() {
        AssetCategory stored = repository.insert(aCategory("Cloud"));
        AssetCategory changed = stored.revise(new AssetCategoryName("Cloud services"), Optional.empty(),
                Optional.of(new HexColor("#000000")), false, T0.plusSeconds(60));

        assertThat(repository.update(changed, stored.version())).isTrue();

        AssetCategory found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Cloud services");
        assertThat(found.description()).isEmpty();
        assertThat(found.color()).contains(new HexColor("#000000"));
        assertThat(found.active()).isFalse();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        AssetCategory stored = repository.insert(aCategory("OT"));
        AssetCategory first = stored.revise(new AssetCategoryName("OT 1"), Optional.empty(), Optional.empty(), true,
                T0.plusSeconds(1));
        AssetCategory second = stored.revise(new AssetCategoryName("OT 2"), Optional.empty(), Optional.empty(), true,
                T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value()).isEqualTo("OT 1");
    }

    @Test
    void text_outside_ascii_survives_the_round_trip() {
        AssetCategory stored = repository.insert(aBareCategory("Überwachung 監視 🛡", T0));

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value())
                .isEqualTo("Überwachung 監視 🛡");
    }
}
