package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.StoredAuditRow;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads the trail by id ranges on the primary key: each batch is one short query, whatever the table's size. */
public final class JooqAuditChainReader implements AuditChainReader {

    private final DSLContext dsl;

    public JooqAuditChainReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AuditChainHead head() {
        return dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .where(AuditRows.THE_HEAD)
                .fetchOptional()
                .map(AuditRows::head)
                // a deleted head row holds nothing: every row then shows up as written outside the chain
                .orElse(new AuditChainHead(0, Optional.empty()));
    }

    @Override
    public List<StoredAuditRow> rows(long afterId, long throughId, int limit) {
        return dsl.select(AuditRows.COLUMNS)
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.ID.gt(Math.toIntExact(afterId)))
                .and(AUDIT_LOGS.ID.le(Math.toIntExact(throughId)))
                .orderBy(AUDIT_LOGS.ID)
                .limit(limit)
                .fetch(AuditRows::stored);
    }

    @Override
    public Optional<Long> firstRowAfterHead() {
        // one statement, so the head and the rows are read at the same instant on both databases; without a
        // head row every row is after it, as head() says
        Field<Integer> headId = DSL.field(DSL.select(AUDIT_CHAIN_HEAD.LAST_ID).from(AUDIT_CHAIN_HEAD)
                .where(AuditRows.THE_HEAD));
        Integer first = dsl.select(DSL.min(AUDIT_LOGS.ID))
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.ID.gt(DSL.coalesce(headId, DSL.inline(0))))
                .fetchOne(0, Integer.class);
        return Optional.ofNullable(first).map(Integer::longValue);
    }
}
