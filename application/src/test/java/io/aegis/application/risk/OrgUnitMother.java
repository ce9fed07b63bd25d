package io.aegis.application.risk;

import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import java.time.Instant;
import java.util.Optional;

/** Units of the in-memory store, for the risk context's tests of scopes. */
public final class OrgUnitMother {

    private static final Instant CREATED = Instant.parse("2026-02-01T00:00:00Z");

    private OrgUnitMother() {
    }

    /** Stores a unit under {@code parent}, deactivated unless {@code active}. */
    public static OrgUnitId storedUnit(InMemoryOrgUnits units, String name, OrgUnitId parent, boolean active) {
        OrgUnit unit = units.insert(OrgUnit.define(new OrgUnitName(name), parent, Optional.empty(), CREATED));
        if (!active) {
            units.update(unit.deactivate(OrgUnitContents.EMPTY, CREATED.plusSeconds(1)), unit.version());
        }
        return unit.id().orElseThrow();
    }

    public static OrgUnitId storedUnit(InMemoryOrgUnits units, String name, OrgUnitId parent) {
        return storedUnit(units, name, parent, true);
    }
}
