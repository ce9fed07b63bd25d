package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to the open risks of an asset being deactivated.
 *
 * @param reassignTo with {@link Choice#REASSIGN}: the asset each open risk moves to, as an edit of the risk would
 * @param reason     with {@link Choice#CLOSE}: why, in each risk's audit entry
 */
public record OpenRiskDisposal(Choice choice, Optional<AssetId> reassignTo, Optional<String> reason) {

    public enum Choice {
        /** Nothing: an asset that carries open risks stays active ({@code 409 asset_has_open_risks}). */
        REFUSE,
        /** Each open risk moves to {@code reassignTo}. */
        REASSIGN,
        /** Each open risk makes its lifecycle's closing move. */
        CLOSE
    }

    public OpenRiskDisposal {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(reassignTo, "reassignTo");
        Objects.requireNonNull(reason, "reason");
        if (reassignTo.isPresent() != (choice == Choice.REASSIGN) || reason.isPresent() && choice != Choice.CLOSE) {
            throw new IllegalArgumentException("reassignTo goes with REASSIGN only, and reason with CLOSE only");
        }
    }

    public static OpenRiskDisposal refuse() {
        return new OpenRiskDisposal(Choice.REFUSE, Optional.empty(), Optional.empty());
    }

    public static OpenRiskDisposal reassignTo(AssetId asset) {
        return new OpenRiskDisposal(Choice.REASSIGN, Optional.of(asset), Optional.empty());
    }

    public static OpenRiskDisposal close(Optional<String> reason) {
        return new OpenRiskDisposal(Choice.CLOSE, Optional.empty(), reason);
    }
}
