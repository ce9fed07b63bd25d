package io.aegis.application.asset;

import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.UserId;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryAssetContractsTest {

    static AssetStores stores() {
        InMemoryAssets assets = new InMemoryAssets();
        InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
        return new AssetStores(assets, assets, relationships, relationships, new UserId(7), new AssetCategoryId(3));
    }

    @Nested
    class Repository extends AssetRepositoryContract {
        @Override
        protected AssetStores emptyStores() {
            return stores();
        }
    }

    @Nested
    class ReadModel extends AssetReadModelContract {
        @Override
        protected AssetStores emptyStores() {
            return stores();
        }
    }

    @Nested
    class Relationships extends AssetRelationshipContract {
        @Override
        protected AssetStores emptyStores() {
            return stores();
        }
    }
}
