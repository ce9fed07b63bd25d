package io.aegis.domain.organisation;

import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.UniqueName;

/** Unique among the children of one parent, ignoring case: "Finance" may exist under two subsidiaries. */
public record OrgUnitName(String value) implements UniqueName {

    public static final int MAX_LENGTH = 100;

    public OrgUnitName {
        value = Names.require("name", value, MAX_LENGTH);
    }
}
