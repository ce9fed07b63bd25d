package io.aegis.domain.assessment;

import io.aegis.domain.shared.Names;

/** What an assessment is called: 1 to 255 characters (the column's length), on one line. */
public record AssessmentName(String value) {

    public static final int MAX_LENGTH = 255;

    public AssessmentName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
