package io.aegis.domain.compliance;

import io.aegis.domain.framework.ControlId;
import java.util.Objects;
import java.util.Optional;

/**
 * A control or group of a framework as a posture needs it: where it sits, and whether it is assessed at all (only
 * active controls that are not groups are, as an assessment's controls are).
 */
public record CatalogNode(ControlId id, Optional<ControlId> parent, boolean group, boolean active) {

    public CatalogNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
    }

    boolean assessable() {
        return active && !group;
    }
}
