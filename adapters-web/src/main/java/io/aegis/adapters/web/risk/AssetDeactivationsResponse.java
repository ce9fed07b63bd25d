package io.aegis.adapters.web.risk;

import io.aegis.application.risk.port.in.AssetDeactivationsView;
import java.util.List;

/** The answer of {@code POST /assets/bulk-deactivations}. */
public record AssetDeactivationsResponse(List<Long> assetIds, List<Long> reassignedRiskIds,
                                         List<Long> closedRiskIds) {

    static AssetDeactivationsResponse of(AssetDeactivationsView view) {
        return new AssetDeactivationsResponse(view.assetIds(), view.reassignedRisks(), view.closedRisks());
    }
}
