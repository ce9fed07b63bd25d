package io.aegis.application.asset.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.util.Objects;

/**
 * A partial update: only present fields change.
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateAssetCategoryCommand(AssetCategoryId id, ExpectedVersion expectedVersion,
                                         Patch<AssetCategoryName> name, Patch<Description> description,
                                         Patch<HexColor> color, Patch<Boolean> active) {

    public UpdateAssetCategoryCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(active, "active");
        if (name.present() && name.value() == null || active.present() && active.value() == null) {
            throw new IllegalArgumentException("name and active can be changed but not cleared");
        }
    }
}
