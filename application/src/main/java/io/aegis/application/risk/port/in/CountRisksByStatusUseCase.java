package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import java.util.Map;

public interface CountRisksByStatusUseCase {

    /**
     * How many of the risks {@code filter} selects (among those the actor reads) are in each status, counted in one
     * pass: the same numbers as {@link ListRisksUseCase}'s totals, one status at a time.
     *
     * @return by status key, every status present, in the lifecycle's order
     */
    Map<String, Long> count(Actor actor, RiskFilter filter);
}
