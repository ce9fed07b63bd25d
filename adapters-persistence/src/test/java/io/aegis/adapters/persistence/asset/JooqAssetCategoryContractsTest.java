package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.application.asset.AssetCategoryReadModelContract;
import io.aegis.application.asset.AssetCategoryRepositoryContract;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The asset-category contracts on the real databases: a SQLite file, and MariaDB. */
class JooqAssetCategoryContractsTest {

    @TempDir
    static Path folder;

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends AssetCategoryRepositoryContract {
        private MigratedDatabase db;

        @BeforeAll
        void open() {
            db = MigratedDatabase.sqlite(folder);
        }

        @AfterAll
        void close() {
            db.close();
        }

        @Override
        protected AssetCategoryRepository emptyRepository() {
            db.clear(ASSET_CATEGORIES);
            return new JooqAssetCategoryRepository(db.dsl());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends AssetCategoryRepositoryContract {
        private MigratedDatabase db;

        @BeforeAll
        void open() {
            db = MigratedDatabase.mariaDb();
        }

        @AfterAll
        void close() {
            if (db != null) {
                db.close();
            }
        }

        @Override
        protected AssetCategoryRepository emptyRepository() {
            db.clear(ASSET_CATEGORIES);
            return new JooqAssetCategoryRepository(db.dsl());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends AssetCategoryReadModelContract {
        private MigratedDatabase db;

        @BeforeAll
        void open() {
            db = MigratedDatabase.sqlite(folder);
        }

        @AfterAll
        void close() {
            db.close();
        }

        @Override
        protected Stores emptyStores() {
            db.clear(ASSET_CATEGORIES);
            return new Stores(new JooqAssetCategoryRepository(db.dsl()), new JooqAssetCategoryReadModel(db.dsl()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends AssetCategoryReadModelContract {
        private MigratedDatabase db;

        @BeforeAll
        void open() {
            db = MigratedDatabase.mariaDb();
        }

        @AfterAll
        void close() {
            if (db != null) {
                db.close();
            }
        }

        @Override
        protected Stores emptyStores() {
            db.clear(ASSET_CATEGORIES);
            return new Stores(new JooqAssetCategoryRepository(db.dsl()), new JooqAssetCategoryReadModel(db.dsl()));
        }
    }
}
