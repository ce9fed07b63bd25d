package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.UtcInstantConverter;
import io.aegis.adapters.persistence.jooq.tables.records.AuditChainHeadRecord;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.AuditSeal;
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

    /** The chain's state is the table's one row. */
    static final Condition THE_HEAD = AUDIT_CHAIN_HEAD.ID.eq(1);

    private AuditRows() {
    }

    static AuditLogView view(Record row) {
        return AuditLogView.of(new AuditRecord(row.get(AUDIT_LOGS.ID), content(row)), seal(row));
    }

    static StoredAuditRow stored(Record row) {
        long id = row.get(AUDIT_LOGS.ID);
        try {
            return StoredAuditRow.of(id, content(row), seal(row));
        } catch (DateTimeException unreadable) {
            return StoredAuditRow.unreadable(id, seal(row));
        }
    }

    private static AuditSeal seal(Record row) {
        return new AuditSeal(row.get(AUDIT_LOGS.SEAL_VERSION), row.get(AUDIT_LOGS.KEY_ID), row.get(AUDIT_LOGS.ENTRY_MAC),
                row.get(AUDIT_LOGS.CHAIN_SEQ), row.get(AUDIT_LOGS.PREVIOUS_HASH), row.get(AUDIT_LOGS.ROW_HASH));
    }

    /** @throws DateTimeException when {@code created_at} holds no timestamp */
    private static AuditContent content(Record row) {
        return new AuditContent(
                row.get(AUDIT_LOGS.ENTRY_ID),
                toLong(row.get(AUDIT_LOGS.USER_ID)),
                row.get(AUDIT_LOGS.ACTION),
                row.get(AUDIT_LOGS.RESOURCE_TYPE),
                toLong(row.get(AUDIT_LOGS.RESOURCE_ID)),
                toLong(row.get(AUDIT_LOGS.ORG_UNIT_ID)),
                row.get(AUDIT_LOGS.OLD_VALUES),
                row.get(AUDIT_LOGS.NEW_VALUES),
                row.get(AUDIT_LOGS.IP_ADDRESS),
                row.get(AUDIT_LOGS.USER_AGENT),
                row.get(AUDIT_LOGS.SESSION_ID),
                row.get(AUDIT_LOGS.REQUEST_ID),
                row.get(AUDIT_LOGS.CLIENT_REQUEST_ID),
                row.get(AUDIT_LOGS.OUTCOME),
                row.get(AUDIT_LOGS.ERROR_MESSAGE),
                INSTANTS.from(row.get(CREATED_AT_TEXT)));
    }

    /** A row as the writer inserts it: no id (the database numbers it) and no place in the chain yet. */
    static AuditLogsRecord newRow(AuditContent content, AuditSeal seal) {
        return AUDIT_LOGS.newRecord()
                .setEntryId(content.entryId())
                .setUserId(toInt(content.userId()))
                .setAction(content.action())
                .setResourceType(content.resourceType())
                .setResourceId(toInt(content.resourceId()))
                .setOrgUnitId(toInt(content.orgUnitId()))
                .setOldValues(content.oldValues())
                .setNewValues(content.newValues())
                .setIpAddress(content.ipAddress())
                .setUserAgent(content.userAgent())
                .setSessionId(content.sessionId())
                .setRequestId(content.requestId())
                .setClientRequestId(content.clientRequestId())
                .setOutcome(content.outcome())
                .setErrorMessage(content.errorMessage())
                .setCreatedAt(content.createdAt())
                .setSealVersion(seal.version())
                .setKeyId(seal.keyId())
                .setEntryMac(seal.entryMac());
    }

    static AuditChainState state(AuditChainHeadRecord row) {
        return new AuditChainState(
                new AuditChainHead(row.getLastSeq(), Optional.ofNullable(row.getLastHash())),
                row.getLegacyThroughId(),
                Optional.ofNullable(row.getBrokenReason()));
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
