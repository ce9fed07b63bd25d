package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetId;

public interface GetAssetRiskUseCase {

    int DEFAULT_LISTED = 50;
    int MAX_LISTED = 500;

    /**
     * The asset's exposure: its own open risks and those of every asset it critically depends on, worst first.
     *
     * @param listed how many of the worst risks to list, 1 to {@link #MAX_LISTED} (the counts cover them all)
     * @throws io.aegis.domain.shared.InvalidValueException ({@code limit}) for another number
     * @throws io.aegis.application.port.NotFoundException for an unknown asset
     */
    AssetRiskView exposure(Actor actor, AssetId asset, int listed);
}
