package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Words;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.risk.port.in.AssetRiskView;
import java.util.List;

/**
 * An asset's page (asset/asset.jte): what it is, what it depends on and what depends on it (critical dependencies
 * marked: they carry risk along), and the risk it carries, rolled up over the assets it critically depends on.
 */
public record AssetPage(Chrome chrome, AssetView asset, String type, String criticality, String criticalityLabel,
                        List<Link> dependsOn, List<Link> dependents, Exposure exposure) {

    /** A relationship seen from this asset: the other asset, how they relate, whether it is critical. */
    public record Link(long assetId, String assetName, String type, boolean critical) {
    }

    /** @param level the highest open risk's level key, empty when there is none; {@code levelLabel} its words */
    public record Exposure(String level, String levelLabel, long total, long hidden, int assetsConsidered,
                           List<CarriedRisk> worst) {
    }

    /** @param via the asset the risk sits on, when it is not this one */
    public record CarriedRisk(long id, String title, String level, String levelLabel, String status, String via) {
    }

    static AssetPage of(Chrome chrome, AssetView asset, List<AssetRelationshipView> dependsOn,
                        List<AssetRelationshipView> dependents, AssetRiskView risk) {
        return new AssetPage(chrome, asset, Words.label(asset.assetType()), asset.criticality(),
                Words.label(asset.criticality()),
                dependsOn.stream().map(link -> new Link(link.targetAssetId(), link.targetAssetName(),
                        Words.label(link.relationshipType()), link.criticalDependency())).toList(),
                dependents.stream().map(link -> new Link(link.sourceAssetId(), link.sourceAssetName(),
                        Words.label(link.relationshipType()), link.criticalDependency())).toList(),
                exposure(asset, risk));
    }

    private static Exposure exposure(AssetView asset, AssetRiskView risk) {
        String level = risk.highestLevel() == null ? "" : risk.highestLevel();
        return new Exposure(level, level.isEmpty() ? "No open risk" : Words.label(level), risk.total(), risk.hidden(),
                risk.assetsConsidered(), risk.risks().stream().filter(carried -> !carried.hidden())
                        .map(carried -> new CarriedRisk(carried.id(), carried.title(), carried.riskLevel(),
                                Words.label(carried.riskLevel()), Words.label(carried.status()),
                                carried.assetId() == null || carried.assetId() == asset.id() ? ""
                                        : "asset " + carried.assetId()))
                        .toList());
    }
}
