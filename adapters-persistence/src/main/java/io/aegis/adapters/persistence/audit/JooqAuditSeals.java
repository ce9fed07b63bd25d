package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHECKPOINT_FILES;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.adapters.persistence.jooq.tables.records.AuditChainHeadRecord;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditSeal;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;

/** The sealer's writes, in the caller's transaction. */
public final class JooqAuditSeals implements AuditSeals {

    private final DSLContext dsl;

    public JooqAuditSeals(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * MySQL: FOR UPDATE reads the latest committed state, not the transaction's snapshot, and holds it until
     * commit. SQLite has no FOR UPDATE (jOOQ would render it anyway, a syntax error there) and needs none: its
     * IMMEDIATE transactions hold the database's write lock from their start.
     */
    @Override
    public Optional<AuditChainState> lockState() {
        SelectConditionStep<AuditChainHeadRecord> head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AuditRows.THE_HEAD);
        ResultQuery<AuditChainHeadRecord> locking = dsl.family() == SQLDialect.SQLITE ? head : head.forUpdate();
        return locking.fetchOptional().map(AuditRows::state);
    }

    @Override
    public void seal(Map<Long, AuditSeal> seals) {
        dsl.batch(seals.entrySet().stream()
                .map(sealed -> dsl.update(AUDIT_LOGS)
                        .set(AUDIT_LOGS.CHAIN_SEQ, sealed.getValue().chainSeq())
                        .set(AUDIT_LOGS.PREVIOUS_HASH, sealed.getValue().previousHash())
                        .set(AUDIT_LOGS.ROW_HASH, sealed.getValue().rowHash())
                        .where(AUDIT_LOGS.ID.eq(Math.toIntExact(sealed.getKey())))
                        .and(AUDIT_LOGS.CHAIN_SEQ.isNull()))
                .toList()).execute();
    }

    @Override
    public void moveHead(AuditChainHead head) {
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_SEQ, head.lastSeq())
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, head.lastHash().orElse(null))
                .where(AuditRows.THE_HEAD)
                .execute();
    }

    @Override
    public void markBroken(String reason) {
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.BROKEN_REASON, BoundedText.of(reason, 1000))
                .where(AuditRows.THE_HEAD)
                .execute();
    }

    /**
     * Moves the file's record forward only: nodes sharing one file may record out of order. No upsert: jOOQ's
     * MYSQL dialect writes one that MariaDB refuses (docs/ARCHITECTURE.md section 10, "jOOQ dialect").
     */
    @Override
    public void recordCheckpoint(String fileId, long number, String lineHash) {
        dsl.insertInto(AUDIT_CHECKPOINT_FILES, AUDIT_CHECKPOINT_FILES.FILE_ID, AUDIT_CHECKPOINT_FILES.LAST_NUMBER,
                        AUDIT_CHECKPOINT_FILES.LAST_HASH)
                .values(fileId, number, lineHash)
                .onDuplicateKeyIgnore()
                .execute();
        dsl.update(AUDIT_CHECKPOINT_FILES)
                .set(AUDIT_CHECKPOINT_FILES.LAST_NUMBER, number)
                .set(AUDIT_CHECKPOINT_FILES.LAST_HASH, lineHash)
                .where(AUDIT_CHECKPOINT_FILES.FILE_ID.eq(fileId))
                .and(AUDIT_CHECKPOINT_FILES.LAST_NUMBER.lt(number))
                .execute();
    }
}
