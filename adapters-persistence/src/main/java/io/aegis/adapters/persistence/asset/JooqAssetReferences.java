package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;

public final class JooqAssetReferences implements AssetReferences {

    private final DSLContext dsl;

    public JooqAssetReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Standing user(UserId id) {
        return dsl.select(USERS.IS_ACTIVE).from(USERS).where(USERS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(USERS.IS_ACTIVE)
                .map(active -> Boolean.TRUE.equals(active) ? Standing.ACTIVE : Standing.INACTIVE)
                .orElse(Standing.UNKNOWN);
    }

    @Override
    public boolean activeUnit(OrgUnitId id) {
        return dsl.fetchExists(ORG_UNITS, ORG_UNITS.ID.eq(Math.toIntExact(id.value()))
                .and(ORG_UNITS.IS_ACTIVE.isTrue()));
    }
}
