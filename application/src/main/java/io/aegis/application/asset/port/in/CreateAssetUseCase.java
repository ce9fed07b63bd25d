package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface CreateAssetUseCase {

    /**
     * @throws io.aegis.domain.shared.RuleViolationException for an unknown or inactive owner or category, or a
     *                                                       profile that breaks an asset rule
     */
    AssetView create(Actor actor, CreateAssetCommand command);
}
