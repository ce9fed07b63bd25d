package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.UtcInstantConverter;
import io.aegis.adapters.persistence.jooq.tables.records.AuditChainHeadRecord;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.StoredAuditRow;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;

/** The one mapping between the rows of {@code audit_logs} / {@code audit_chain_head} and the domain's audit types. */
final class AuditRows {

    /**
     * {@code created_at} as the stored text, converted here rather than by jOOQ while fetching: a row whose
     * timestamp was overwritten with something unreadable (SQLite stores anything) must still come back, so
     * that verification can name it instead of failing as a whole.
     */
    private static final Field<String> CREATED_AT_TEXT = AUDIT_LOGS.CREATED_AT.coerce(SQLDataType.VARCHAR);
    private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();

    /** Every column of {@code audit_logs}, for the selects that {@link #view} and {@link #stored} map. */
    static final List<Field<?>> COLUMNS = Arrays.stream(AUDIT_LOGS.fields())
            .<Field<?>>map(field -> field.equals(AUDIT_LOGS.CREATED_AT) ? CREATED_AT_TEXT : field)
            .toList();

    /** The chain head is the table's one row. */
    static final Condition THE_HEAD = AUDIT_CHAIN_HEAD.ID.eq(1);

    private AuditRows() {
    }

    static AuditLogView view(Record row) {
        return AuditLogView.of(content(row), row.get(AUDIT_LOGS.PREVIOUS_HASH), row.get(AUDIT_LOGS.ROW_HASH));
    }

    static StoredAuditRow stored(Record row) {
        String previousHash = row.get(AUDIT_LOGS.PREVIOUS_HASH);
        String rowHash = row.get(AUDIT_LOGS.ROW_HASH);
        try {
            return StoredAuditRow.of(content(row), previousHash, rowHash);
        } catch (DateTimeException unreadable) {
            return StoredAuditRow.unreadable(row.get(AUDIT_LOGS.ID), previousHash, rowHash);
        }
    }

    /** @throws DateTimeException when {@code created_at} holds no timestamp */
    private static AuditRecord content(Record row) {
        return new AuditRecord(
                row.get(AUDIT_LOGS.ID),
                toLong(row.get(AUDIT_LOGS.USER_ID)),
                row.get(AUDIT_LOGS.ACTION),
                row.get(AUDIT_LOGS.RESOURCE_TYPE),
                toLong(row.get(AUDIT_LOGS.RESOURCE_ID)),
                row.get(AUDIT_LOGS.OLD_VALUES),
                row.get(AUDIT_LOGS.NEW_VALUES),
                row.get(AUDIT_LOGS.IP_ADDRESS),
                row.get(AUDIT_LOGS.USER_AGENT),
                row.get(AUDIT_LOGS.SESSION_ID),
                row.get(AUDIT_LOGS.REQUEST_ID),
                row.get(AUDIT_LOGS.OUTCOME),
                row.get(AUDIT_LOGS.ERROR_MESSAGE),
                INSTANTS.from(row.get(CREATED_AT_TEXT)));
    }

    static AuditLogsRecord newRow(AuditRecord row, String previousHash, String rowHash) {
        return AUDIT_LOGS.newRecord()
                .setId(Math.toIntExact(row.id()))
                .setUserId(toInt(row.userId()))
                .setAction(row.action())
                .setResourceType(row.resourceType())
                .setResourceId(toInt(row.resourceId()))
                .setOldValues(row.oldValues())
                .setNewValues(row.newValues())
                .setIpAddress(row.ipAddress())
                .setUserAgent(row.userAgent())
                .setSessionId(row.sessionId())
                .setRequestId(row.requestId())
                .setOutcome(row.outcome())
                .setErrorMessage(row.errorMessage())
                .setCreatedAt(row.createdAt())
                .setPreviousHash(previousHash)
                .setRowHash(rowHash);
    }

    static AuditChainHead head(AuditChainHeadRecord row) {
        return new AuditChainHead(row.getLastId() == null ? 0 : row.getLastId(), Optional.ofNullable(row.getLastHash()));
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
