package io.aegis.adapters.persistence.risk;

import static io.aegis.application.risk.RiskMother.T0;

import io.aegis.adapters.persistence.organisation.JooqOrgUnitRepository;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Units the risk contracts place rows in, stored through their own repository. */
final class StoredUnits {

    /** Names are unique across a class's tests, which share one database and leave their units behind. */
    private static final AtomicInteger NAMES = new AtomicInteger();

    private StoredUnits() {
    }

    /** Stores a unit named after {@code name} under {@code parent}, deactivated unless {@code active}. */
    static OrgUnitId stored(DSLContext dsl, String name, OrgUnitId parent, boolean active) {
        JooqOrgUnitRepository units = new JooqOrgUnitRepository(dsl);
        OrgUnit stored = units.insert(OrgUnit.define(new OrgUnitName(name + "-" + NAMES.incrementAndGet()), parent,
                Optional.empty(), T0));
        if (!active) {
            units.update(stored.deactivate(OrgUnitContents.EMPTY, T0.plusSeconds(1)), stored.version());
        }
        return stored.id().orElseThrow();
    }

    static OrgUnitId stored(DSLContext dsl, String name) {
        return stored(dsl, name, OrgUnitId.ROOT, true);
    }
}
