package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.asset.AssetCategoryReadModelContract;
import io.aegis.application.asset.AssetCategoryRepositoryContract;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asset-category contracts on the real databases: a SQLite file, and MariaDB. */
class JooqAssetCategoryContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends AssetCategoryRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected AssetCategoryRepository emptyRepository() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends AssetCategoryRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected AssetCategoryRepository emptyRepository() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends AssetCategoryReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends AssetCategoryReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    private static AssetCategoryRepository repository(MigratedDatabaseExtension db) {
        db.clear(ASSET_CATEGORIES);
        return new JooqAssetCategoryRepository(db.dsl());
    }

    private static AssetCategoryReadModelContract.Stores stores(MigratedDatabaseExtension db) {
        return new AssetCategoryReadModelContract.Stores(repository(db), new JooqAssetCategoryReadModel(db.dsl()));
    }
}
