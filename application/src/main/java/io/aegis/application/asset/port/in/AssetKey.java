package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetType;
import java.util.Objects;
import java.util.Optional;

/**
 * How a file names an asset: by its id, or by its name and asset type (names alone are not unique: a host and the
 * application on it are often named alike).
 */
public record AssetKey(Optional<AssetId> id, Optional<AssetName> name, Optional<AssetType> type) {

    public AssetKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (id.isPresent() == (name.isPresent() && type.isPresent()) || name.isPresent() != type.isPresent()) {
            throw new IllegalArgumentException("an asset is named by its id, or by its name and type");
        }
    }

    public static AssetKey byId(AssetId id) {
        return new AssetKey(Optional.of(id), Optional.empty(), Optional.empty());
    }

    public static AssetKey byName(AssetName name, AssetType type) {
        return new AssetKey(Optional.empty(), Optional.of(name), Optional.of(type));
    }

    @Override
    public String toString() {
        return id.map(AssetId::toString).orElseGet(() -> "'" + name.orElseThrow().value() + "' ("
                + type.orElseThrow().key() + ")");
    }
}
