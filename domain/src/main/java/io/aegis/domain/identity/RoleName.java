package io.aegis.domain.identity;

import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.UniqueName;

/** The name of a role: 1 to 50 characters (the column's length), unique ignoring case. */
public record RoleName(String value) implements UniqueName {

    public static final int MAX_LENGTH = 50;

    public RoleName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
