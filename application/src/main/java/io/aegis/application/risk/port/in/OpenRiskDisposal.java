package io.aegis.application.risk.port.in;

import io.aegis.domain.asset.AssetId;
import java.util.Objects;
import java.util.Optional;

/** What happens to the open risks of an asset being deactivated. */
public sealed interface OpenRiskDisposal {

    /** Nothing: an asset that carries open risks stays active ({@code 409 asset_has_open_risks}). */
    record Refuse() implements OpenRiskDisposal {
    }

    /** Each open risk moves to {@code asset}, as an edit of the risk would move it. */
    record ReassignTo(AssetId asset) implements OpenRiskDisposal {

        public ReassignTo {
            Objects.requireNonNull(asset, "asset");
        }
    }

    /** Each open risk makes its lifecycle's closing move, with {@code reason} in its audit entry. */
    record Close(Optional<String> reason) implements OpenRiskDisposal {

        public Close {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
