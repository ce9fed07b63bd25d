package io.aegis.application.identity.port.out;

import io.aegis.domain.organisation.OrgUnitId;
import java.util.Map;
import java.util.Optional;

/** The organisational units as identity needs them: the tree role assignments resolve against, and which exist. */
public interface OrgUnitDirectory {

    /** Every unit, active or not, with its parent (none for the root): what {@code OrgUnitTree.of} is built from. */
    Map<OrgUnitId, Optional<OrgUnitId>> parentLinks();

    /** Whether {@code unit} exists and is active: only such a unit can be given a role assignment. */
    boolean activeUnitExists(OrgUnitId unit);
}
