package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;

/** What a risk may point at, checked before it does: the database's refusal would be a 409, not a 422. */
public interface RiskReferences {

    boolean activeAssetExists(AssetId id);

    boolean activeUserExists(UserId id);
}
