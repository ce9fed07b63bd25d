package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import org.jooq.DSLContext;

public final class JooqRiskReferences implements RiskReferences {

    private final DSLContext dsl;

    public JooqRiskReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean activeAssetExists(AssetId id) {
        return dsl.fetchExists(ASSETS, ASSETS.ID.eq(Math.toIntExact(id.value())).and(ASSETS.IS_ACTIVE.isTrue()));
    }

    @Override
    public boolean activeUserExists(UserId id) {
        return dsl.fetchExists(USERS, USERS.ID.eq(Math.toIntExact(id.value())).and(USERS.IS_ACTIVE.isTrue()));
    }
}
