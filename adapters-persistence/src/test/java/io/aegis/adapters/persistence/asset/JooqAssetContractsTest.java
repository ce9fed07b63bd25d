package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.asset.AssetReadModelContract;
import io.aegis.application.asset.AssetRelationshipContract;
import io.aegis.application.asset.AssetRepositoryContract;
import io.aegis.application.asset.AssetStores;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asset and relationship contracts on the real databases: a SQLite file, and MariaDB. */
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

    /** Empty asset tables, and one user and one category for assets to reference. */
    private static AssetStores stores(MigratedDatabaseExtension db) {
        db.clear(ASSET_RELATIONSHIPS, ASSETS, ASSET_CATEGORIES);
        db.dsl().deleteFrom(USERS).where(USERS.USERNAME.eq("asset-owner")).execute();
        Integer user = db.dsl().insertInto(USERS).set(USERS.USERNAME, "asset-owner")
                .set(USERS.EMAIL, "asset-owner@example.com").returningResult(USERS.ID).fetchOne(USERS.ID);
        Integer category = db.dsl().insertInto(ASSET_CATEGORIES).set(ASSET_CATEGORIES.NAME, "Databases")
                .returningResult(ASSET_CATEGORIES.ID).fetchOne(ASSET_CATEGORIES.ID);
        return new AssetStores(new JooqAssetRepository(db.dsl()), new JooqAssetReadModel(db.dsl()),
                new JooqAssetRelationshipRepository(db.dsl()), new JooqAssetRelationshipReadModel(db.dsl()),
                new UserId(user), new AssetCategoryId(category));
    }
}
