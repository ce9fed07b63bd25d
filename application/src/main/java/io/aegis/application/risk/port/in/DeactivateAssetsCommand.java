package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Assets to deactivate together, all or none, and what becomes of the open risks on them.
 *
 * @param assets 1 to {@link #MAX_ASSETS} distinct assets, deactivated in this order
 */
public record DeactivateAssetsCommand(List<AssetId> assets, OpenRiskDisposal openRisks) {

    public static final int MAX_ASSETS = 500;

    public DeactivateAssetsCommand {
        assets = List.copyOf(assets);
        Objects.requireNonNull(openRisks, "openRisks");
        if (assets.isEmpty() || assets.size() > MAX_ASSETS) {
            throw new InvalidValueException("ids", "must hold 1 to " + MAX_ASSETS + " asset ids");
        }
        if (new HashSet<>(assets).size() != assets.size()) {
            throw new InvalidValueException("ids", "must not name an asset twice");
        }
        if (openRisks.reassignTo().filter(assets::contains).isPresent()) {
            throw new InvalidValueException("reassign_to", "must be an asset that stays active, not one of ids");
        }
    }
}
