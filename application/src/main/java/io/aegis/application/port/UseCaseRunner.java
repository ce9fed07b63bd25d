package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every use case needs besides its own ports, in one collaborator: the permission check (a refusal is
 * audited), the transaction (run again whole on a conflict), the clock, and the audit trail the change records
 * itself in. A use case names its permission and its audit action once; the scaffolding lives here.
 */
public final class UseCaseRunner {

    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UseCaseRunner(Transactions transactions, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The time now, for a read that compares with it (a review overdue, a key expired). */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The permission check every use case starts with; alone, for a use case with work to do between it and its
     * transaction. A refusal is recorded in the audit trail, in a transaction of its own (the refused change never
     * starts one), before the caller is told no.
     *
     * @param action the audit action the actor attempted, e.g. {@code asset_category.create}
     * @throws ForbiddenException when the actor lacks the permission
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

    /**
     * A read: {@code work} runs once the actor is known to hold {@code permission}.
     *
     * @param action the audit action a refusal is recorded as, e.g. {@code risk.read}
     * @throws ForbiddenException when the actor lacks the permission
     */
    public <T> T read(Actor actor, Permission permission, String action, Supplier<T> work) {
        require(actor, permission, action);
        return work.get();
    }

    /** A read that must see one consistent state of several tables, in one transaction. */
    public <T> T consistentRead(Actor actor, Permission permission, String action, Supplier<T> work) {
        require(actor, permission, action);
        return transactions.inTransaction(work);
    }

    /**
     * A change: once the actor is known to hold {@code permission}, {@code work} runs in one transaction with
     * the audit entries it records, at one instant of the clock taken inside it (a run after a conflict takes a
     * new one).
     *
     * @param action the audit action of the change and of a refusal, e.g. {@code asset_category.update}
     * @throws ForbiddenException when the actor lacks the permission
     */
    public <T> T change(Actor actor, Permission permission, String action, Function<Change, T> work) {
        require(actor, permission, action);
        return inChange(actor, action, work);
    }

    /**
     * The transaction of a change whose permission was checked already ({@link #require}), or that every actor
     * may make of their own (log in, log out, their own password).
     */
    public <T> T inChange(Actor actor, String action, Function<Change, T> work) {
        return transactions.inTransaction(() -> work.apply(new Change(actor, action, clock.instant(), audit)));
    }
}
