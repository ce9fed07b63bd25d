package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import java.util.List;

public interface ListMostExposedAssetsUseCase {

    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 50;
    /** How many assets one answer rolls up at most: the assets it starts from and what depends on them. */
    int MAX_ROLLED_UP = 500;

    /**
     * The assets the actor reads whose rolled-up exposure ({@link GetAssetRiskUseCase}: their own open risks and those
     * of every asset they critically depend on) is highest, most exposed first (the domain's
     * {@code RiskRollUp.MOST_EXPOSED_FIRST}); assets no open risk reaches are not listed.
     * <p>
     * The search starts from the assets whose own risks are worst and goes to everything critically depending on
     * them, nearest first, so that a dashboard never rolls up the whole inventory: an asset left out is reached by no
     * risk of a higher level than the worst own risk of every asset the search started from, and at most
     * {@link #MAX_ROLLED_UP} assets are rolled up.
     *
     * @param limit how many to list, 1 to {@link #MAX_LIMIT}
     * @throws io.aegis.domain.shared.InvalidValueException ({@code limit}) for another number
     */
    List<ExposedAssetView> list(Actor actor, int limit);
}
