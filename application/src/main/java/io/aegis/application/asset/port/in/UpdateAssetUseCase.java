package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface UpdateAssetUseCase {

    /**
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.domain.shared.RuleViolationException  for a newly named owner or category that is unknown
     *                                                        or inactive, or a profile that breaks an asset rule
     */
    AssetView update(Actor actor, UpdateAssetCommand command);
}
