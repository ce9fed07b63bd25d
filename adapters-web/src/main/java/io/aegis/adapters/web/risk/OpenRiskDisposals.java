package io.aegis.adapters.web.risk;

import io.aegis.application.risk.port.in.OpenRiskDisposal;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;

/** {@code open_risks}, {@code reassign_to} and {@code reason}, spelt alike in a query and in a body. */
final class OpenRiskDisposals {

    private OpenRiskDisposals() {
    }

    /** @throws InvalidValueException naming the field that does not fit the others */
    static OpenRiskDisposal of(Optional<String> openRisks, Optional<Long> reassignTo, Optional<String> reason) {
        String choice = openRisks.orElse("refuse");
        if (reassignTo.isPresent() != choice.equals("reassign")) {
            throw new InvalidValueException("reassign_to", "is required with open_risks=reassign, and only there");
        }
        if (reason.isPresent() && !choice.equals("close")) {
            throw new InvalidValueException("reason", "is taken with open_risks=close only");
        }
        return switch (choice) {
            case "refuse" -> OpenRiskDisposal.refuse();
            case "reassign" -> OpenRiskDisposal.reassignTo(asset(reassignTo.orElseThrow()));
            case "close" -> OpenRiskDisposal.close(reason);
            default -> throw new InvalidValueException("open_risks", "must be refuse, reassign or close");
        };
    }

    /** {@code reassign_to} as a query spells it: an id as in paths. */
    static long reassignTo(String raw) {
        return CanonicalIds.parse(raw).orElseThrow(
                () -> new InvalidValueException("reassign_to", "must be the id of an asset"));
    }

    private static AssetId asset(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            throw new InvalidValueException("reassign_to", "must be the id of an asset");
        }
        return new AssetId(id);
    }
}
