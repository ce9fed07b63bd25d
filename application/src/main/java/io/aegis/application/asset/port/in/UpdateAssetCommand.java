package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A partial update: {@code changes} sets only the properties the client sent on a builder that holds the
 * current profile; everything else stays as it is.
 *
 * @param expectedVersion the version the client edited ({@code If-Match}); empty to skip that check
 */
public record UpdateAssetCommand(AssetId id, Optional<Instant> expectedVersion,
                                 UnaryOperator<AssetProfile.Builder> changes) {

    public UpdateAssetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
    }
}
