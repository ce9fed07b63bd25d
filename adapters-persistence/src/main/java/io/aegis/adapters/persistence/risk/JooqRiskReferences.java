package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.OrgUnitLinks;
import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import org.jooq.DSLContext;

public final class JooqRiskReferences implements RiskReferences {

    private final DSLContext dsl;

    public JooqRiskReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean activeAssetExists(AssetId id, Scope visible) {
        return dsl.fetchExists(ASSETS, ASSETS.ID.eq(Math.toIntExact(id.value())).and(ASSETS.IS_ACTIVE.isTrue())
                .and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible)));
    }

    @Override
    public boolean activeUserExists(UserId id) {
        return dsl.fetchExists(USERS, USERS.ID.eq(Math.toIntExact(id.value())).and(USERS.IS_ACTIVE.isTrue()));
    }

    @Override
    public boolean activeUnitExists(OrgUnitId id) {
        return dsl.fetchExists(ORG_UNITS, ORG_UNITS.ID.eq(Math.toIntExact(id.value()))
                .and(ORG_UNITS.IS_ACTIVE.isTrue()));
    }

    @Override
    public OrgUnitTree units() {
        return OrgUnitTree.of(OrgUnitLinks.parentLinks(OrgUnitLinks.idAndParent(dsl)));
    }
}
