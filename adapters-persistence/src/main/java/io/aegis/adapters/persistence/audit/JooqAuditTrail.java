package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.RequestOrigin;
import java.util.Locale;
import org.jooq.DSLContext;

/** Appends audit rows with the caller's jOOQ context, so they join the caller's transaction. */
public final class JooqAuditTrail implements AuditTrail {

    private final DSLContext dsl;

    public JooqAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AuditEntry entry) {
        RequestOrigin origin = entry.actor().origin();
        dsl.insertInto(AUDIT_LOGS)
                .set(AUDIT_LOGS.USER_ID, entry.actor().userId().map(Math::toIntExact).orElse(null))
                .set(AUDIT_LOGS.ACTION, entry.action())
                .set(AUDIT_LOGS.RESOURCE_TYPE, entry.resourceType())
                .set(AUDIT_LOGS.RESOURCE_ID, entry.resourceId() == null ? null : Math.toIntExact(entry.resourceId()))
                .set(AUDIT_LOGS.OLD_VALUES, AuditJson.render(entry.before()))
                .set(AUDIT_LOGS.NEW_VALUES, AuditJson.render(entry.after()))
                .set(AUDIT_LOGS.IP_ADDRESS, bounded(origin.clientAddress(), 45))
                .set(AUDIT_LOGS.USER_AGENT, bounded(origin.userAgent(), 500))
                .set(AUDIT_LOGS.SESSION_ID, bounded(origin.sessionId(), 255))
                .set(AUDIT_LOGS.REQUEST_ID, bounded(origin.requestId(), 255))
                .set(AUDIT_LOGS.OUTCOME, entry.outcome().name().toLowerCase(Locale.ROOT))
                .set(AUDIT_LOGS.ERROR_MESSAGE, entry.errorMessage())
                .set(AUDIT_LOGS.CREATED_AT, entry.at())
                .execute();
    }

    /** Empty means unknown; over-long client-supplied text is cut to the column's length. */
    private static String bounded(String value, int maxLength) {
        if (value.isEmpty()) {
            return null;
        }
        return value.length() <= maxLength ? value : value.substring(0, maxLength);
    }
}
