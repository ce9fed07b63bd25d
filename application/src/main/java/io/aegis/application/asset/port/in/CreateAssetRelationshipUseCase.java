package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface CreateAssetRelationshipUseCase {

    /**
     * @throws io.aegis.domain.shared.RuleViolationException for an unknown or inactive asset at either end, or an
     *                                                       asset related to itself
     * @throws io.aegis.application.port.ConflictException   when the same edge (source, target, type) exists
     */
    AssetRelationshipView create(Actor actor, CreateAssetRelationshipCommand command);
}
