package io.aegis.adapters.persistence.organisation;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNIT_TREE_TURNS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLE_UNITS;

import io.aegis.adapters.persistence.OrgUnitLinks;
import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.OrgUnitsRecord;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitContents;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@link #lockedParentLinks} takes the tree's turn on MySQL/MariaDB, then reads the links locking (FOR UPDATE, every
 * row in id order): the latest committed links, not the transaction's snapshot, held until commit, so the changes
 * that judge the tree take turns; read before anything else, it also makes the transaction's later plain reads see
 * what the previous change committed. The turn (one added to {@code org_unit_tree_turns}) is a write: on a Galera
 * cluster, where locks are not shared between nodes, two changes of the tree made through two nodes both write it,
 * and the one certified second runs again on the other's tree. SQLite has no FOR UPDATE and needs neither: its
 * IMMEDIATE transactions hold the write lock.
 */
public final class JooqOrgUnitRepository implements OrgUnitRepository {

    private static final VersionedTable<OrgUnitsRecord> TABLE =
            new VersionedTable<>(ORG_UNITS, ORG_UNITS.ID, ORG_UNITS.CREATED_AT, ORG_UNITS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqOrgUnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<OrgUnitId, Optional<OrgUnitId>> parentLinks() {
        return OrgUnitLinks.parentLinks(OrgUnitLinks.idAndParent(dsl));
    }

    @Override
    public Map<OrgUnitId, Optional<OrgUnitId>> lockedParentLinks() {
        var links = OrgUnitLinks.idAndParent(dsl);
        if (dsl.family() == SQLDialect.SQLITE) {
            return OrgUnitLinks.parentLinks(links);
        }
        dsl.update(ORG_UNIT_TREE_TURNS).set(ORG_UNIT_TREE_TURNS.TURNS, ORG_UNIT_TREE_TURNS.TURNS.plus(1)).execute();
        return OrgUnitLinks.parentLinks(links.forUpdate());
    }

    @Override
    public Optional<OrgUnit> findById(OrgUnitId id) {
        return dsl.selectFrom(ORG_UNITS)
                .where(ORG_UNITS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(OrgUnitRows::toDomain);
    }

    @Override
    public boolean nameTaken(OrgUnitName name, OrgUnitId parent, Optional<OrgUnitId> except) {
        return dsl.fetchExists(ORG_UNITS, ORG_UNITS.PARENT_ID.eq(Math.toIntExact(parent.value()))
                .and(ORG_UNITS.NAME_KEY.eq(name.key()))
                .and(except.map(id -> ORG_UNITS.ID.ne(Math.toIntExact(id.value()))).orElse(DSL.noCondition())));
    }

    @Override
    public OrgUnitContents contentsOf(OrgUnitId unit) {
        int id = Math.toIntExact(unit.value());
        return new OrgUnitContents(
                dsl.fetchCount(ORG_UNITS, ORG_UNITS.PARENT_ID.eq(id).and(ORG_UNITS.IS_ACTIVE.isTrue())),
                dsl.fetchCount(ASSETS, ASSETS.ORG_UNIT_ID.eq(id).and(ASSETS.IS_ACTIVE.isTrue())),
                dsl.fetchCount(RISKS, RISKS.ORG_UNIT_ID.eq(id).and(RISKS.IS_ACTIVE.isTrue())),
                dsl.fetchCount(RISK_MATRICES, RISK_MATRICES.ORG_UNIT_ID.eq(id).and(RISK_MATRICES.IS_ACTIVE.isTrue())),
                dsl.fetchCount(USER_ROLE_UNITS, USER_ROLE_UNITS.ORG_UNIT_ID.eq(id)));
    }

    @Override
    public OrgUnit insert(OrgUnit unit) {
        return unit.identifiedAs(new OrgUnitId(TABLE.insert(dsl, OrgUnitRows.newRow(unit))));
    }

    @Override
    public boolean update(OrgUnit unit, Instant expectedVersion) {
        return TABLE.update(dsl, OrgUnitRows.newRow(unit), unit.id().orElseThrow().value(), expectedVersion);
    }
}
