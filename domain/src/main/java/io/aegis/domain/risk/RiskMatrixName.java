package io.aegis.domain.risk;

import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.UniqueName;

/** The name of a risk matrix: 1 to 100 characters (the column's length), unique ignoring case. */
public record RiskMatrixName(String value) implements UniqueName {

    public static final int MAX_LENGTH = 100;

    public RiskMatrixName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
