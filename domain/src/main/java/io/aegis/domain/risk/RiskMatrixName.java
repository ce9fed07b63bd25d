package io.aegis.domain.risk;

import io.aegis.domain.shared.Names;

/** The name of a risk matrix: 1 to 100 characters (the column's length). */
public record RiskMatrixName(String value) {

    public static final int MAX_LENGTH = 100;

    public RiskMatrixName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
