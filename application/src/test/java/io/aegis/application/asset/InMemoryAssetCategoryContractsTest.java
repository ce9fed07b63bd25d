package io.aegis.application.asset;

import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.testing.InMemoryAssetCategories;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryAssetCategoryContractsTest {

    @Nested
    class Repository extends AssetCategoryRepositoryContract {
        @Override
        protected AssetCategoryRepository emptyRepository() {
            return new InMemoryAssetCategories();
        }
    }

    @Nested
    class ReadModel extends AssetCategoryReadModelContract {
        @Override
        protected Stores emptyStores() {
            InMemoryAssetCategories store = new InMemoryAssetCategories();
            return new Stores(store, store);
        }
    }
}
