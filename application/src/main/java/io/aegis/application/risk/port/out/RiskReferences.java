package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;

/**
 * What a risk or a matrix may point at, checked before it does: the database's refusal would be a 409, not a 422.
 */
public interface RiskReferences {

    /** Whether an active asset has this id and belongs to a unit of {@code visible} (where the actor reads assets). */
    boolean activeAssetExists(AssetId id, Scope visible);

    boolean activeUserExists(UserId id);

    boolean activeUnitExists(OrgUnitId id);

    /** Every unit, active or not, as one tree: a matrix rates the risks of its unit and of the units below it. */
    OrgUnitTree units();
}
