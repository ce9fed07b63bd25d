package io.aegis.application.asset.port.out;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;

/**
 * What an asset may point at outside its own context, checked before it does: the database's refusal would be a
 * 409, not the 422 that tells an unknown owner from a disabled one.
 */
public interface AssetReferences {

    /** How a reference to another context's record stands. */
    enum Standing { UNKNOWN, INACTIVE, ACTIVE }

    Standing user(UserId id);

    /** Whether {@code id} names an active organisational unit, which an asset may be placed in. */
    boolean activeUnit(OrgUnitId id);
}
