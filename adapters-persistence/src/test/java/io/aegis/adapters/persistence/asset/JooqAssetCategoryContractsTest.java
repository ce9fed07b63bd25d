package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.asset.AssetCategoryReadModelContract;
import io.aegis.application.asset.AssetCategoryRepositoryContract;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;

/** The asset-category contracts on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqAssetCategoryContractsTest {

    @Parameter
    MigratedDatabase db;

    @Nested
    class Repository extends AssetCategoryRepositoryContract {
        @Override
        protected AssetCategoryRepository emptyRepository() {
            return repository();
        }
    }

    @Nested
    class ReadModel extends AssetCategoryReadModelContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(repository(), new JooqAssetCategoryReadModel(db.dsl()));
        }
    }

    private AssetCategoryRepository repository() {
        db.clear(ASSET_CATEGORIES);
        return new JooqAssetCategoryRepository(db.dsl());
    }
}
