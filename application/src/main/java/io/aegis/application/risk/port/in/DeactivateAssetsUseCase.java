package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

/**
 * Deactivates assets together with what becomes of their open risks, in one transaction: every asset and every
 * risk, or nothing. It lives on the risk side because the asset context may not know risks (ARCHITECTURE.md 11);
 * each step is the use case a client would call for it, so each checks its own permission in its own units and
 * writes its own audit entry.
 */
public interface DeactivateAssetsUseCase {

    /**
     * @throws io.aegis.application.asset.port.in.AssetHasOpenRisksException when an asset keeps an open risk (none
     *         was to be disposed of, or the actor may not read it)
     */
    AssetDeactivationsView deactivate(Actor actor, DeactivateAssetsCommand command);
}
