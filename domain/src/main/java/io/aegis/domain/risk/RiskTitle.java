package io.aegis.domain.risk;

import io.aegis.domain.shared.Names;

/** What a risk is called: 1 to 500 characters (the column's length), on one line. */
public record RiskTitle(String value) {

    public static final int MAX_LENGTH = 500;

    public RiskTitle {
        value = Names.require("title", value, MAX_LENGTH);
    }
}
