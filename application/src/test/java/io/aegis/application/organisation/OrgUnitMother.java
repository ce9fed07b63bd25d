package io.aegis.application.organisation;

import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import java.time.Instant;
import java.util.Optional;

public final class OrgUnitMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");

    private OrgUnitMother() {
    }

    public static OrgUnit aUnit(String name, OrgUnitId parent) {
        return OrgUnit.define(new OrgUnitName(name), parent, Optional.of(new Description("about " + name)), T0);
    }

    public static OrgUnit aBareUnit(String name, OrgUnitId parent, Instant at) {
        return OrgUnit.define(new OrgUnitName(name), parent, Optional.empty(), at);
    }
}
