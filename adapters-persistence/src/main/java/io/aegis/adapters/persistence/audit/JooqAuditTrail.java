package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.adapters.persistence.jooq.tables.records.AuditChainHeadRecord;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.shared.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;

/**
 * Appends audit rows to the hash chain with the caller's jOOQ context, so they join the caller's
 * transaction. Each append locks the chain head, takes the next id and the previous hash from it, seals the
 * row with {@link AuditChain} and moves the head, all in that transaction: appends take turns, on every
 * thread and node, and a rolled-back change leaves neither its row nor a moved head behind.
 */
public final class JooqAuditTrail implements AuditTrail {

    private final DSLContext dsl;

    public JooqAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Rows per INSERT: well below every driver's limit on bound parameters (16 columns a row). */
    private static final int ROWS_PER_INSERT = 500;

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // inside the caller's transaction this is a savepoint; called alone, it still appends atomically
        dsl.transaction(() -> append(entries));
    }

    /** Seals the entries one after the other from a head locked once, then moves the head once. */
    private void append(List<AuditEntry> entries) {
        AuditChainHead head = lockHead();
        List<AuditLogsRecord> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            AuditRecord row = content(head.nextId(), entry);
            String previousHash = head.previousHashOfNext();
            String hash = AuditChain.hash(row, previousHash);
            rows.add(AuditRows.newRow(row, previousHash, hash));
            head = head.after(row, hash);
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<AuditLogsRecord> batch = rows.subList(from, Math.min(from + ROWS_PER_INSERT, rows.size()));
            dsl.insertInto(AUDIT_LOGS).columns(AUDIT_LOGS.fields()).valuesOfRecords(batch).execute();
        }
        AuditLogsRecord last = rows.get(rows.size() - 1);
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ID, Math.toIntExact(head.lastId()))
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, head.lastHash().orElseThrow())
                .set(AUDIT_CHAIN_HEAD.UPDATED_AT, last.getCreatedAt())
                .where(AuditRows.THE_HEAD)
                .execute();
    }

    /**
     * MySQL: FOR UPDATE reads the latest committed head, not the transaction's snapshot, and holds it until
     * commit. SQLite has no FOR UPDATE (jOOQ would render it anyway, a syntax error there) and needs none: its
     * IMMEDIATE transactions hold the database's write lock from their start.
     */
    private AuditChainHead lockHead() {
        SelectConditionStep<AuditChainHeadRecord> head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AuditRows.THE_HEAD);
        ResultQuery<AuditChainHeadRecord> locking = dsl.family() == SQLDialect.SQLITE ? head : head.forUpdate();
        return locking.fetchOptional()
                .map(AuditRows::head)
                .orElseThrow(() -> new IllegalStateException(
                        "the audit_chain_head row is missing: the audit trail cannot be extended until it is restored"));
    }

    /** The row as stored: JSON states with secrets redacted, client text cut to its column, time in milliseconds. */
    private static AuditRecord content(long id, AuditEntry entry) {
        RequestOrigin origin = entry.actor().origin();
        return new AuditRecord(id,
                entry.actor().userId().orElse(null),
                entry.action(),
                entry.resourceType(),
                entry.resourceId(),
                AuditJson.render(entry.before()),
                AuditJson.render(entry.after()),
                BoundedText.of(origin.clientAddress(), 45),
                BoundedText.of(origin.userAgent(), 500),
                BoundedText.of(origin.sessionId(), 255),
                BoundedText.of(origin.requestId(), 255),
                entry.outcome().name().toLowerCase(Locale.ROOT),
                entry.errorMessage(),
                Timestamps.truncate(entry.at()));
    }
}
