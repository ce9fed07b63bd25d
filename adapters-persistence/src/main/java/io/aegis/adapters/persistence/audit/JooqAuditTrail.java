package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.BoundedText;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.shared.Timestamps;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes audit rows with the caller's jOOQ context, so they join the caller's transaction: a rolled-back change
 * leaves no row behind. Each row carries its writer's MAC under the audit key ({@link AuditSeal#written}) and
 * waits for the sealer to chain it; no shared row is locked or changed, so writers on any number of threads and
 * nodes never wait for each other. Before writing, it reads the chain's state (one primary-key read, no lock): a
 * chain found broken, or whose state row is gone, refuses the change.
 */
public final class JooqAuditTrail implements AuditTrail {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final AuditKey key;

    public JooqAuditTrail(DSLContext dsl, AuditKey key) {
        this.dsl = dsl;
        this.key = key;
    }

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        requireIntactChain();
        List<AuditLogsRecord> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            AuditContent content = content(entry);
            rows.add(AuditRows.newRow(content, AuditSeal.written(key, content)));
        }
        // one INSERT, rendered once and bound row by row, sent as one JDBC batch (mysql-connector-j rewrites it into
        // multi-row INSERTs): jOOQ spent more rendering a 500-row INSERT than the database spent running it
        List<Field<?>> columns = Arrays.stream(AUDIT_LOGS.fields()).filter(rows.get(0)::changed).toList();
        BatchBindStep batch = dsl.batch(dsl.insertInto(AUDIT_LOGS, columns)
                .values(Collections.nCopies(columns.size(), null)));
        for (AuditLogsRecord row : rows) {
            batch = batch.bind(columns.stream().map(row::get).toArray());
        }
        batch.execute();
    }

    private void requireIntactChain() {
        boolean intact = dsl.select(AUDIT_CHAIN_HEAD.BROKEN_REASON)
                .from(AUDIT_CHAIN_HEAD)
                .where(AuditRows.THE_HEAD)
                .fetchOptional()
                .map(row -> row.value1() == null)
                .orElse(false);
        if (!intact) {
            throw new AuditChainBrokenException();
        }
    }

    /** 128 random bits: no two entries share one, so a copied row cannot pass for a second entry. */
    private static String entryId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** The row as stored: JSON states with secrets redacted, client text cut to its column, time in milliseconds. */
    private AuditContent content(AuditEntry entry) {
        RequestOrigin origin = entry.actor().origin();
        return new AuditContent(
                entryId(),
                entry.actor().userId().orElse(null),
                entry.action(),
                entry.resourceType(),
                entry.resourceId(),
                entry.unit() == null ? null : entry.unit().value(),
                AuditJson.render(entry.before()),
                AuditJson.render(entry.after()),
                BoundedText.of(origin.clientAddress(), 45),
                BoundedText.of(origin.userAgent(), 500),
                BoundedText.of(origin.sessionId(), 255),
                BoundedText.of(origin.requestId(), 255),
                BoundedText.of(origin.clientRequestId(), 255),
                entry.outcome().key(),
                entry.errorMessage(),
                Timestamps.truncate(entry.at()));
    }
}
