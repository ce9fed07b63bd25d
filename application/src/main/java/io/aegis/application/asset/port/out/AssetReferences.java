package io.aegis.application.asset.port.out;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an asset may point at outside its own context, checked before it does: the database's refusal would be a
 * 409, not the 422 that tells an unknown owner from a disabled one.
 */
public interface AssetReferences {

    /** How a reference to another context's record stands. */
    enum Standing { UNKNOWN, INACTIVE, ACTIVE }

    Standing user(UserId id);

    /**
     * The users whose username or email is one of {@code names} (lower-case, as both are stored), active or not, in
     * one read: each name maps to every user it names, so that a name naming two users is seen as ambiguous.
     */
    Map<String, List<UserId>> usersNamed(Collection<String> names);

    /** Whether {@code id} names an active organisational unit, which an asset may be placed in. */
    boolean activeUnit(OrgUnitId id);
}
