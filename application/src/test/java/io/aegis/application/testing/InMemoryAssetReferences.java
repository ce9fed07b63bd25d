package io.aegis.application.testing;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** By username only: the user fake finds no one by email. */
    @Override
    public Map<String, List<UserId>> usersNamed(Collection<String> names) {
        Map<String, List<UserId>> named = new HashMap<>();
        for (String name : names) {
            try {
                users.findByUsername(new Username(name)).ifPresent(user -> named.put(name,
                        List.of(user.id().orElseThrow())));
            } catch (InvalidValueException e) {
                // no user has it
            }
        }
        return named;
    }

    @Override
    public boolean activeUnit(OrgUnitId id) {
        return units.findById(id).map(OrgUnit::active).orElse(false);
    }
}
