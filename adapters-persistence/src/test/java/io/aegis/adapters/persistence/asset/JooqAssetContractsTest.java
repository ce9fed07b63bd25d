package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.asset.AssetReadModelContract;
import io.aegis.application.asset.AssetReferencesContract;
import io.aegis.application.asset.AssetRelationshipContract;
import io.aegis.application.asset.AssetRepositoryContract;
import io.aegis.application.asset.AssetStores;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asset, relationship and reference contracts on the real databases: a SQLite file, and MariaDB. */
class JooqAssetContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends AssetRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends AssetRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends AssetReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends AssetReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RelationshipsOnSqlite extends AssetRelationshipContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RelationshipsOnMariaDb extends AssetRelationshipContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected AssetStores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReferencesOnSqlite extends AssetReferencesContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Users oneActiveAndOneDisabledUser() {
            return users(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReferencesOnMariaDb extends AssetReferencesContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Users oneActiveAndOneDisabledUser() {
            return users(db);
        }
    }

    /** Two users beside whoever the migrations seeded, one active, one disabled; and an inactive unit. */
    private static AssetReferencesContract.Users users(MigratedDatabaseExtension db) {
        db.dsl().deleteFrom(USERS).where(USERS.USERNAME.in("asset-ref-active", "asset-ref-disabled")).execute();
        db.dsl().deleteFrom(ORG_UNITS).where(ORG_UNITS.PARENT_ID.isNotNull()).execute();
        return new AssetReferencesContract.Users(new JooqAssetReferences(db.dsl()),
                new UserId(user(db, "asset-ref-active", true)), new UserId(user(db, "asset-ref-disabled", false)),
                unit(db, "Closed", false));
    }

    private static OrgUnitId unit(MigratedDatabaseExtension db, String name, boolean active) {
        return new OrgUnitId(db.dsl().insertInto(ORG_UNITS).set(ORG_UNITS.NAME, name)
                .set(ORG_UNITS.NAME_KEY, name.toLowerCase(Locale.ROOT)).set(ORG_UNITS.PARENT_ID, 1)
                .set(ORG_UNITS.IS_ACTIVE, active).returningResult(ORG_UNITS.ID).fetchOne(ORG_UNITS.ID));
    }

    private static Integer user(MigratedDatabaseExtension db, String username, boolean active) {
        return db.dsl().insertInto(USERS).set(USERS.USERNAME, username).set(USERS.EMAIL, username + "@example.com")
                .set(USERS.IS_ACTIVE, active).returningResult(USERS.ID).fetchOne(USERS.ID);
    }

    /** Empty asset tables, and one user, one category and two units below the root for assets to reference. */
    private static AssetStores stores(MigratedDatabaseExtension db) {
        db.clear(ASSET_RELATIONSHIPS, ASSETS, ASSET_CATEGORIES);
        db.dsl().deleteFrom(ORG_UNITS).where(ORG_UNITS.PARENT_ID.isNotNull()).execute();
        db.dsl().deleteFrom(USERS).where(USERS.USERNAME.eq("asset-owner")).execute();
        Integer user = db.dsl().insertInto(USERS).set(USERS.USERNAME, "asset-owner")
                .set(USERS.EMAIL, "asset-owner@example.com").returningResult(USERS.ID).fetchOne(USERS.ID);
        Integer category = db.dsl().insertInto(ASSET_CATEGORIES).set(ASSET_CATEGORIES.NAME, "Databases")
                .returningResult(ASSET_CATEGORIES.ID).fetchOne(ASSET_CATEGORIES.ID);
        return new AssetStores(new JooqAssetRepository(db.dsl()), new JooqAssetReadModel(db.dsl()),
                new JooqAssetRelationshipRepository(db.dsl()), new JooqAssetRelationshipReadModel(db.dsl()),
                new JooqAssetDependencyGraph(db.dsl()),
                new UserId(user), new AssetCategoryId(category), unit(db, "A", true), unit(db, "B", true));
    }
}
