package io.aegis.application.asset.port.in;

import io.aegis.application.port.ExpectedVersion;
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
 */
public record UpdateAssetCommand(AssetId id, ExpectedVersion expectedVersion,
                                 UnaryOperator<AssetProfile> changes, Optional<OrgUnitId> moveTo) {

    public UpdateAssetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(moveTo, "moveTo");
    }
}
