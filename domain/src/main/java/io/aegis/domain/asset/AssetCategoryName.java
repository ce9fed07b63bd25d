package io.aegis.domain.asset;

import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.UniqueName;

/** The name of an asset category: 1 to 100 characters (the column's length), unique ignoring case. */
public record AssetCategoryName(String value) implements UniqueName {

    public static final int MAX_LENGTH = 100;

    public AssetCategoryName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
