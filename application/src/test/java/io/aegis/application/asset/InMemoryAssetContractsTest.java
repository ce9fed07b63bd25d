package io.aegis.application.asset;

import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aUser;

import io.aegis.application.testing.InMemoryAssetReferences;
import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryAssetContractsTest {

    static AssetStores stores() {
        InMemoryAssets assets = new InMemoryAssets();
        InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
        return new AssetStores(assets, assets, relationships, relationships, relationships,
                new UserId(7), new AssetCategoryId(3), new OrgUnitId(2), new OrgUnitId(3));
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

    @Nested
    class References extends AssetReferencesContract {
        @Override
        protected Users oneActiveAndOneDisabledUser() {
            InMemoryUsers users = new InMemoryUsers(new InMemoryRoles());
            User active = users.insert(aUser("active"));
            User disabled = users.insert(aUser("disabled"));
            users.update(disabled.deactivate(T0.plusSeconds(1)), disabled.version());
            InMemoryOrgUnits units = new InMemoryOrgUnits();
            OrgUnit closed = units.insert(OrgUnit.define(new OrgUnitName("Closed"), OrgUnitId.ROOT, Optional.empty(),
                    T0));
            units.update(closed.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(1)), closed.version());
            return new Users(new InMemoryAssetReferences(users, units), active.id().orElseThrow(),
                    disabled.id().orElseThrow(), closed.id().orElseThrow());
        }
    }
}
