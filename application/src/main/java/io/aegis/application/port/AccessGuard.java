package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import java.time.Clock;

/**
 * The permission check every use case starts with. A refusal is recorded in the audit trail, in a
 * transaction of its own (the refused change never starts one), before the caller is told no.
 */
public final class AccessGuard {

    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public AccessGuard(AuditTrail audit, Transactions transactions, Clock clock) {
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param action the audit action the actor attempted, e.g. {@code asset_category.create}
     * @throws ForbiddenException when the actor lacks {@code permission}
     */
    public void require(Actor actor, Permission permission, String action) {
        if (actor.may(permission)) {
            return;
        }
        transactions.inTransaction(() -> {
            audit.record(new AuditEntry(actor, clock.instant(), action, null, null, null, null,
                    AuditEntry.Outcome.DENIED, "missing permission " + permission.key()));
            return null;
        });
        throw new ForbiddenException(permission);
    }
}
