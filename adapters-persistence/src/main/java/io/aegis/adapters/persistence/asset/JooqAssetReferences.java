package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    public Map<String, List<UserId>> usersNamed(Collection<String> names) {
        Map<String, List<UserId>> named = new HashMap<>();
        IdBatches.fetch(List.copyOf(names), batch -> dsl.select(USERS.ID, USERS.USERNAME, USERS.EMAIL).from(USERS)
                .where(USERS.USERNAME.in(batch).or(USERS.EMAIL.in(batch))).fetch())
                .forEach(user -> {
                    UserId id = new UserId(user.value1());
                    for (String name : new HashSet<>(List.of(user.value2(), user.value3()))) {
                        if (names.contains(name)) {
                            named.computeIfAbsent(name, key -> new ArrayList<>()).add(id);
                        }
                    }
                });
        return named;
    }

    @Override
    public boolean activeUnit(OrgUnitId id) {
        return dsl.fetchExists(ORG_UNITS, ORG_UNITS.ID.eq(Math.toIntExact(id.value()))
                .and(ORG_UNITS.IS_ACTIVE.isTrue()));
    }
}
