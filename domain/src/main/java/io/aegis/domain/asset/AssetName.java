package io.aegis.domain.asset;

import io.aegis.domain.shared.Names;

/** The name of an asset: 1 to 255 characters (the column's length). Not unique: two hosts may share a name. */
public record AssetName(String value) {

    public static final int MAX_LENGTH = 255;

    public AssetName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
