package io.aegis.application.testing;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.domain.identity.UserId;

/** The asset context's view of users, over the user fake as the database's view is over the users table. */
public final class InMemoryAssetReferences implements AssetReferences {

    private final UserRepository users;

    public InMemoryAssetReferences(UserRepository users) {
        this.users = users;
    }

    @Override
    public Standing user(UserId id) {
        return users.findById(id).map(user -> user.active() ? Standing.ACTIVE : Standing.INACTIVE)
                .orElse(Standing.UNKNOWN);
    }
}
