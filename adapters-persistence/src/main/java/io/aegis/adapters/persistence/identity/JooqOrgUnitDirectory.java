package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.adapters.persistence.OrgUnitLinks;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The units over {@code org_units}, read as identity needs them. */
public final class JooqOrgUnitDirectory implements OrgUnitDirectory {

    private final DSLContext dsl;

    public JooqOrgUnitDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<OrgUnitId, Optional<OrgUnitId>> parentLinks() {
        return OrgUnitLinks.parentLinks(OrgUnitLinks.idAndParent(dsl));
    }

    @Override
    public boolean activeUnitExists(OrgUnitId unit) {
        return dsl.fetchExists(ORG_UNITS, ORG_UNITS.ID.eq(Math.toIntExact(unit.value())).and(ORG_UNITS.IS_ACTIVE.isTrue()));
    }
}
