package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;

import io.aegis.adapters.persistence.identity.JooqUserRepository;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.risk.RiskReferencesContract;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The risks' reference checks on the real databases: a SQLite file, and MariaDB. */
class JooqRiskReferencesContractsTest {

    /** Names are unique across the class's tests, which share one database and leave their rows behind. */
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends OnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends OnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    /** The contract over {@link #db()}: assets and users stored through their own repositories. */
    abstract static class OnDatabase extends RiskReferencesContract {

        abstract MigratedDatabaseExtension db();

        @Override
        protected RiskReferences emptyReferences() {
            return new JooqRiskReferences(db().dsl());
        }

        @Override
        protected AssetId storedAsset(String name, boolean active) {
            return StoredAssets.stored(db().dsl(), name, active);
        }

        @Override
        protected AssetId storedAssetOf(String name, OrgUnitId unit) {
            AssetId asset = StoredAssets.stored(db().dsl(), name, true);
            db().dsl().update(ASSETS).set(ASSETS.ORG_UNIT_ID, Math.toIntExact(unit.value()))
                    .where(ASSETS.ID.eq(Math.toIntExact(asset.value()))).execute();
            return asset;
        }

        @Override
        protected OrgUnitId storedUnit(String name, OrgUnitId parent, boolean active) {
            return StoredUnits.stored(db().dsl(), name, parent, active);
        }

        @Override
        protected UserId storedUser(String username, boolean active) {
            JooqUserRepository users = new JooqUserRepository(db().dsl());
            User stored = users.insert(aBareUser(username + NAMES.incrementAndGet(), T0));
            if (!active) {
                users.update(stored.deactivate(T0.plusSeconds(1)), stored.version());
            }
            return stored.id().orElseThrow();
        }
    }
}
