package io.aegis.application.asset.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A partial update: {@code changes} turns the current profile into the new one, changing only the properties
 * the client sent.
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateAssetCommand(AssetId id, ExpectedVersion expectedVersion,
                                 UnaryOperator<AssetProfile> changes) {

    public UpdateAssetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
    }
}
