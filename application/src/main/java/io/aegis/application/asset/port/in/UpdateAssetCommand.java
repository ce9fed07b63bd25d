package io.aegis.application.asset.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A partial update: {@code changes} turns the current profile into the new one, changing only the properties
 * the client sent.
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 * @param moveTo          the unit the asset moves to; empty keeps its unit (a unit cannot be cleared)
 * @param active          false deactivates the asset (as a delete does: refused while open risks sit on it), true
 *                        restores a deactivated one; absent keeps it as it is
 */
public record UpdateAssetCommand(AssetId id, ExpectedVersion expectedVersion,
                                 UnaryOperator<AssetProfile> changes, Optional<OrgUnitId> moveTo,
                                 Patch<Boolean> active) {

    public UpdateAssetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(moveTo, "moveTo");
        Objects.requireNonNull(active, "active");
        if (active.present() && active.value() == null) {
            throw new IllegalArgumentException("active can be changed but not cleared");
        }
    }
}
