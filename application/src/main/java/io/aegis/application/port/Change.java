package io.aegis.application.port;

import java.time.Instant;
import java.util.List;

/**
 * One change in progress, inside its transaction: who makes it, when, under which audit action, and the audit
 * trail it records itself in (the entry commits or rolls back with the change).
 */
public final class Change {

    private final Actor actor;
    private final String action;
    private final Instant now;
    private final AuditTrail audit;

    Change(Actor actor, String action, Instant now, AuditTrail audit) {
        this.actor = actor;
        this.action = action;
        this.now = now;
        this.audit = audit;
    }

    public Actor actor() {
        return actor;
    }

    /** The instant of the change: every time it stores and its audit entry carry this one. */
    public Instant now() {
        return now;
    }

    /** Records that the change succeeded on one resource, showing its view before and after. */
    public void audit(String resourceType, long resourceId, Object before, Object after) {
        audit.record(success(resourceType, resourceId, before, after));
    }

    /** The entry {@link #audit(String, long, Object, Object)} records, for a change of many resources at once. */
    public AuditEntry success(String resourceType, long resourceId, Object before, Object after) {
        return AuditEntry.success(actor, now, action, resourceType, resourceId, before, after);
    }

    /** Records many entries in one append, as a bulk change does. */
    public void recordAll(List<AuditEntry> entries) {
        audit.recordAll(entries);
    }

    /** Records a further success of this change under an action of its own (a transition made by an edit). */
    public void audit(String otherAction, String resourceType, long resourceId, Object before, Object after) {
        audit.record(AuditEntry.success(actor, now, otherAction, resourceType, resourceId, before, after));
    }

    /** Records any entry (a failed attempt, a refusal the change decided itself) in the change's transaction. */
    public void record(AuditEntry entry) {
        audit.record(entry);
    }
}
