package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetProfile;
import java.util.Objects;

public record CreateAssetCommand(AssetProfile profile) {

    public CreateAssetCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
