package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.util.Objects;
import java.util.Optional;

public record CreateAssetCategoryCommand(AssetCategoryName name, Optional<Description> description,
                                         Optional<HexColor> color) {

    public CreateAssetCategoryCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(color, "color");
    }
}
