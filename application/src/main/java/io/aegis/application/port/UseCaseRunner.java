package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
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
     * The permission check of a use case about the whole organisation (users, roles, units, the audit chain): the
     * actor must hold {@code permission} in every unit. Alone, for a use case with work to do between it and its
     * transaction. A refusal is recorded in the audit trail, in a transaction of its own (the refused change never
     * starts one), before the caller is told no.
     *
     * @param action the audit action the actor attempted, e.g. {@code role.create}
     * @throws ForbiddenException when the actor lacks the permission in some unit
     */
    public void require(Actor actor, Permission permission, String action) {
        requireSomewhere(actor, permission, action);
        if (!actor.scopeOf(permission).unlimited()) {
            throw denied(actor, action, ForbiddenException.everywhere(permission));
        }
    }

    /**
     * The permission check of a use case about rows that belong to units: the actor must hold {@code permission}
     * in at least one unit, and the use case then keeps to {@link Actor#scopeOf its scope}.
     */
    public void requireSomewhere(Actor actor, Permission permission, String action) {
        if (!actor.may(permission)) {
            throw denied(actor, action, new ForbiddenException(permission));
        }
    }

    /**
     * A read about the whole organisation: {@code work} runs once the actor is known to hold {@code permission}
     * everywhere.
     *
     * @param action the audit action a refusal is recorded as, e.g. {@code user.list}
     * @throws ForbiddenException when the actor lacks the permission in some unit
     */
    public <T> T read(Actor actor, Permission permission, String action, Supplier<T> work) {
        require(actor, permission, action);
        return work.get();
    }

    /** The same, for a read that must see one consistent state of several tables, in one transaction. */
    public <T> T consistentRead(Actor actor, Permission permission, String action, Supplier<T> work) {
        require(actor, permission, action);
        return transactions.inTransaction(work);
    }

    /**
     * A read of rows that belong to units: {@code work} gets the units where the actor holds {@code permission},
     * and reads only the rows of those units (its read model filters by them in the query). A row out of scope is
     * reported as not found, never as forbidden: its existence is not disclosed.
     *
     * @throws ForbiddenException when the actor holds the permission in no unit
     */
    public <T> T readIn(Actor actor, Permission permission, String action, Function<Scope, T> work) {
        requireSomewhere(actor, permission, action);
        return work.apply(actor.scopeOf(permission));
    }

    /** The same, for a read that must see one consistent state of several tables, in one transaction. */
    public <T> T consistentReadIn(Actor actor, Permission permission, String action, Function<Scope, T> work) {
        requireSomewhere(actor, permission, action);
        return transactions.inTransaction(() -> work.apply(actor.scopeOf(permission)));
    }

    /**
     * A change about the whole organisation: once the actor is known to hold {@code permission} everywhere,
     * {@code work} runs in one transaction with the audit entries it records, at one instant of the clock taken
     * inside it (a run after a conflict takes a new one).
     *
     * @param action the audit action of the change and of a refusal, e.g. {@code role.update}
     * @throws ForbiddenException when the actor lacks the permission in some unit
     */
    public <T> T change(Actor actor, Permission permission, String action, Function<Change, T> work) {
        require(actor, permission, action);
        return inChange(actor, permission, action, work);
    }

    /**
     * A change of rows that belong to units: the actor must hold {@code permission} in at least one unit, and
     * {@code work} checks each row it touches with {@link Change#requireWithin}. A refusal it finds there is
     * recorded as every refusal is, once its transaction has rolled back.
     */
    public <T> T changeIn(Actor actor, Permission permission, String action, Function<Change, T> work) {
        requireSomewhere(actor, permission, action);
        try {
            return inChange(actor, permission, action, work);
        } catch (ForbiddenException refused) {
            throw denied(actor, action, refused);
        }
    }

    /**
     * The transaction of a change whose permission was checked already ({@link #require}), or that every actor
     * may make of their own (log in, log out, their own password).
     */
    public <T> T inChange(Actor actor, String action, Function<Change, T> work) {
        return transactions.inTransaction(() -> work.apply(new Change(actor, Scope.everywhere(), action,
                clock.instant(), audit)));
    }

    private <T> T inChange(Actor actor, Permission permission, String action, Function<Change, T> work) {
        return transactions.inTransaction(() -> work.apply(new Change(actor, actor.scopeOf(permission), action,
                clock.instant(), audit)));
    }

    private ForbiddenException denied(Actor actor, String action, ForbiddenException refusal) {
        transactions.inTransaction(() -> {
            audit.record(new AuditEntry(actor, clock.instant(), action, null, null, null, null, null,
                    AuditEntry.Outcome.DENIED, refusal.reason()));
            return null;
        });
        return refusal;
    }
}
