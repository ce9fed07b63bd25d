package io.aegis.application.risk.port.in;

import java.util.List;

/**
 * What a deactivation did.
 *
 * @param assetIds       the assets deactivated (or already inactive), in the order asked
 * @param reassignedRisks the risks moved to another asset
 * @param closedRisks    the risks closed
 */
public record AssetDeactivationsView(List<Long> assetIds, List<Long> reassignedRisks, List<Long> closedRisks) {

    public AssetDeactivationsView {
        assetIds = List.copyOf(assetIds);
        reassignedRisks = List.copyOf(reassignedRisks);
        closedRisks = List.copyOf(closedRisks);
    }
}
