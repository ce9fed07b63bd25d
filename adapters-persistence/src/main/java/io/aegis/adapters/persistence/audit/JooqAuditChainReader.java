package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHECKPOINT_FILES;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.RecordedCheckpoint;
import io.aegis.domain.audit.StoredAuditRow;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads the trail in short queries on indexed columns (the chain place's unique index, the primary key), each a
 * bounded batch, whatever the table's size.
 */
public final class JooqAuditChainReader implements AuditChainReader {

    private final DSLContext dsl;

    public JooqAuditChainReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AuditChainState> state() {
        return dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AuditRows.THE_HEAD).fetchOptional().map(AuditRows::state);
    }

    @Override
    public List<StoredAuditRow> sealed(long afterSeq, long throughSeq, int limit) {
        return dsl.select(AuditRows.COLUMNS)
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.CHAIN_SEQ.gt(afterSeq))
                .and(AUDIT_LOGS.CHAIN_SEQ.le(throughSeq))
                .orderBy(AUDIT_LOGS.CHAIN_SEQ)
                .limit(limit)
                .fetch(AuditRows::stored);
    }

    @Override
    public List<StoredAuditRow> pending(long afterId, int limit) {
        return dsl.select(AuditRows.COLUMNS)
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.ID.gt(Math.toIntExact(afterId)))
                .and(AUDIT_LOGS.CHAIN_SEQ.isNull())
                .orderBy(AUDIT_LOGS.ID)
                .limit(limit)
                .fetch(AuditRows::stored);
    }

    @Override
    public Optional<StoredAuditRow> atPlace(long seq) {
        return dsl.select(AuditRows.COLUMNS)
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.CHAIN_SEQ.eq(seq))
                .fetchOptional(AuditRows::stored);
    }

    @Override
    public Optional<Long> firstPlaceAfter(long seq) {
        return Optional.ofNullable(dsl.select(DSL.min(AUDIT_LOGS.CHAIN_SEQ))
                .from(AUDIT_LOGS)
                .where(AUDIT_LOGS.CHAIN_SEQ.gt(seq))
                .fetchOne(0, Long.class));
    }

    @Override
    public long legacyRows(long throughId) {
        return dsl.fetchCount(AUDIT_LOGS, AUDIT_LOGS.ID.le(Math.toIntExact(throughId))
                .and(AUDIT_LOGS.CHAIN_SEQ.isNull()));
    }

    @Override
    public Optional<RecordedCheckpoint> recordedCheckpoint(String fileId) {
        return dsl.select(AUDIT_CHECKPOINT_FILES.LAST_NUMBER, AUDIT_CHECKPOINT_FILES.LAST_HASH)
                .from(AUDIT_CHECKPOINT_FILES)
                .where(AUDIT_CHECKPOINT_FILES.FILE_ID.eq(fileId))
                .fetchOptional(row -> new RecordedCheckpoint(row.value1(), row.value2()));
    }

    @Override
    public long checkpointFiles() {
        return dsl.fetchCount(AUDIT_CHECKPOINT_FILES);
    }
}
