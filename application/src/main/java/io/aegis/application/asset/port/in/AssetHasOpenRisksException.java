package io.aegis.application.asset.port.in;

import io.aegis.application.port.ConflictException;
import io.aegis.domain.asset.AssetId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An asset that still carries open risks is not deactivated: the risks would point at an asset nobody lists. The
 * client learns which risks (those it may read, at most {@link #NAMED}) and how many, so that it can reassign or
 * close them in the same request.
 */
public final class AssetHasOpenRisksException extends ConflictException {

    public static final int NAMED = 20;

    private final AssetId asset;
    private final OpenRisksView risks;

    public AssetHasOpenRisksException(AssetId asset, OpenRisksView risks) {
        super("asset_has_open_risks", "asset " + asset + " carries " + risks.total() + " open risk(s): reassign them"
                + " to another asset or close them (open_risks=reassign or close), or deactivate it later");
        this.asset = asset;
        this.risks = risks;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asset_id", asset.value());
        details.put("open_risk_count", risks.total());
        details.put("open_risks", risks.named().stream()
                .map(risk -> Map.<String, Object>of("id", risk.id(), "title", risk.title())).toList());
        return details;
    }
}
