package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.ControlId;

/** {@code GET /controls/{id}/equivalents}: what a control reaches through mappings (MappingWalk). */
public interface GetEquivalentsUseCase {

    /** How many mappings away a walk looks unless told otherwise. */
    int DEFAULT_DEPTH = 3;

    /** @param depth 1 to {@link io.aegis.domain.framework.MappingWalk#MAX_DEPTH} */
    EquivalentsView equivalents(Actor actor, ControlId control, int depth);
}
