package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One change in progress, inside its transaction: who makes it, when, under which audit action, and the audit
 * trail it records itself in (the entry commits or rolls back with the change).
 */
public final class Change {

    private final Actor actor;
    private final Scope scope;
    private final String action;
    private final Instant now;
    private final AuditTrail audit;

    Change(Actor actor, Scope scope, String action, Instant now, AuditTrail audit) {
        this.actor = actor;
        this.scope = scope;
        this.action = action;
        this.now = now;
        this.audit = audit;
    }

    public Actor actor() {
        return actor;
    }

    /** The units the change may touch: those where the actor holds its permission. */
    public Scope scope() {
        return scope;
    }

    /**
     * Refuses to touch a row of {@code unit} outside the change's scope: as forbidden when the actor may still see
     * the row ({@code visible}, the scope of the matching read permission), else as a row that does not exist.
     *
     * @param permission the change's permission, named in a refusal
     */
    public void requireWithin(OrgUnitId unit, Permission permission, Scope visible, Supplier<NotFoundException> unknown) {
        if (scope.includes(unit)) {
            return;
        }
        if (visible.includes(unit)) {
            throw ForbiddenException.in(unit, permission);
        }
        throw unknown.get();
    }

    /** The instant of the change: every time it stores and its audit entry carry this one. */
    public Instant now() {
        return now;
    }

    /**
     * Records that the change succeeded on one resource of no unit (a user, a role, a unit), showing its view
     * before and after.
     */
    public void audit(String resourceType, long resourceId, Object before, Object after) {
        audit.record(successIn(null, resourceType, resourceId, before, after));
    }

    /** Records that the change succeeded on one resource of {@code unit}: who may read the entry follows the unit. */
    public void auditIn(OrgUnitId unit, String resourceType, long resourceId, Object before, Object after) {
        audit.record(successIn(Objects.requireNonNull(unit, "unit"), resourceType, resourceId, before, after));
    }

    /** The entry {@link #auditIn} records, for a change of many resources at once. */
    public AuditEntry successIn(OrgUnitId unit, String resourceType, long resourceId, Object before, Object after) {
        return AuditEntry.success(actor, now, action, resourceType, resourceId, unit, before, after);
    }

    /** Records many entries in one append, as a bulk change does. */
    public void recordAll(List<AuditEntry> entries) {
        audit.recordAll(entries);
    }

    /** Records a further success of this change under an action of its own (a transition made by an edit). */
    public void auditIn(String otherAction, OrgUnitId unit, String resourceType, long resourceId, Object before,
                        Object after) {
        audit.record(AuditEntry.success(actor, now, otherAction, resourceType, resourceId, unit, before, after));
    }

    /** Records any entry (a failed attempt, a refusal the change decided itself) in the change's transaction. */
    public void record(AuditEntry entry) {
        audit.record(entry);
    }
}
