package io.aegis.application.testing;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;

/**
 * The asset context's view of users and units, over the user and unit fakes as the database's view is over the users
 * and org_units tables.
 */
public final class InMemoryAssetReferences implements AssetReferences {

    private final UserRepository users;
    private final OrgUnitRepository units;

    public InMemoryAssetReferences(UserRepository users, OrgUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public Standing user(UserId id) {
        return users.findById(id).map(user -> user.active() ? Standing.ACTIVE : Standing.INACTIVE)
                .orElse(Standing.UNKNOWN);
    }

    @Override
    public boolean activeUnit(OrgUnitId id) {
        return units.findById(id).map(OrgUnit::active).orElse(false);
    }
}
