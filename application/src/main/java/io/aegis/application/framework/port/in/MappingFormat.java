package io.aegis.application.framework.port.in;

import io.aegis.domain.shared.Keys;

/** The mapping files Aegis reads. */
public enum MappingFormat {
    /** An OSCAL 1.2 mapping-collection, JSON. */
    OSCAL("oscal"),
    /** A crosswalk CSV in the OLIR / compliance-trestle column layout. */
    CSV("csv");

    private final String key;

    MappingFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static MappingFormat fromKey(String key) {
        return Keys.parse("format", key, values(), MappingFormat::key);
    }
}
