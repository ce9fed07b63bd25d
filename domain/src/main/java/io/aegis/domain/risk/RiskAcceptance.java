package io.aegis.domain.risk;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to live with a risk until {@code expiresAt}, for a written reason, and its decision. Someone who may
 * change the risk asks; someone holding {@code risk:accept} approves (the risk becomes accepted) or rejects it, or
 * the one who asked withdraws it. Once decided it never changes. Under four eyes the approver is not the one who
 * asked.
 */
public final class RiskAcceptance {

    private final RiskAcceptanceId id;
    private final RiskId riskId;
    private final RiskAcceptanceStatus status;
    private final RiskNote rationale;
    private final Instant expiresAt;
    private final UserId requestedBy;
    private final Instant requestedAt;
    private final UserId decidedBy;
    private final Instant decidedAt;
    private final RiskNote decisionNote;

    private RiskAcceptance(RiskAcceptanceId id, RiskId riskId, RiskAcceptanceStatus status, RiskNote rationale,
                           Instant expiresAt, UserId requestedBy, Instant requestedAt, UserId decidedBy,
                           Instant decidedAt, RiskNote decisionNote) {
        this.id = id;
        this.riskId = Objects.requireNonNull(riskId, "riskId");
        this.status = Objects.requireNonNull(status, "status");
        this.rationale = Objects.requireNonNull(rationale, "rationale");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
        if ((status == RiskAcceptanceStatus.PENDING) != (decidedBy == null && decidedAt == null)) {
            throw new IllegalArgumentException("exactly a decided acceptance names who decided and when");
        }
    }

    /**
     * A pending request to accept {@code risk} until {@code expiresAt}: in the future, and at most the policy's term
     * from now. The risk must be one that may become accepted ({@link Risk#requireAcceptable}).
     *
     * @throws RuleViolationException ({@code expiry_not_in_future}, {@code expiry_too_far}, or the risk's refusal)
     */
    public static RiskAcceptance request(Risk risk, RiskNote rationale, Instant expiresAt, UserId by,
                                         RiskAcceptancePolicy policy, Instant now) {
        Instant requested = Timestamps.truncate(now);
        Instant expiry = Timestamps.truncate(expiresAt);
        if (!expiry.isAfter(requested)) {
            throw new RuleViolationException("expiry_not_in_future", "an acceptance expires in the future");
        }
        Instant latest = requested.atZone(ZoneOffset.UTC).plus(policy.maxTerm()).toInstant();
        if (expiry.isAfter(latest)) {
            throw new RuleViolationException("expiry_too_far", "an acceptance expires at most " + policy.maxTerm()
                    + " after it is asked for, here by " + latest);
        }
        risk.requireAcceptable();
        return new RiskAcceptance(null, risk.id().orElseThrow(), RiskAcceptanceStatus.PENDING, rationale, expiry,
                by, requested, null, null, null);
    }

    /** Rehydrates a stored acceptance as it was stored. */
    public static RiskAcceptance restore(RiskAcceptanceId id, RiskId riskId, RiskAcceptanceStatus status,
                                         RiskNote rationale, Instant expiresAt, UserId requestedBy,
                                         Instant requestedAt, Optional<UserId> decidedBy, Optional<Instant> decidedAt,
                                         Optional<RiskNote> decisionNote) {
        return new RiskAcceptance(Objects.requireNonNull(id, "id"), riskId, status, rationale, expiresAt,
                requestedBy, requestedAt, decidedBy.orElse(null), decidedAt.orElse(null), decisionNote.orElse(null));
    }

    /** The same request as stored under {@code assignedId}. */
    public RiskAcceptance storedAs(RiskAcceptanceId assignedId) {
        return new RiskAcceptance(Objects.requireNonNull(assignedId), riskId, status, rationale, expiresAt,
                requestedBy, requestedAt, decidedBy, decidedAt, decisionNote);
    }

    /**
     * Approved by {@code by}; the risk then becomes accepted until {@link #expiresAt()} ({@link Risk#accept}).
     *
     * @throws RuleViolationException ({@code acceptance_decided}; {@code four_eyes_required} when the policy asks for
     *                                four eyes and {@code by} asked; {@code acceptance_expired} when the expiry passed
     *                                while it waited)
     */
    public RiskAcceptance approve(UserId by, Optional<RiskNote> note, RiskAcceptancePolicy policy, Instant now) {
        requirePending();
        if (policy.fourEyes() && by.equals(requestedBy)) {
            throw new RuleViolationException("four_eyes_required",
                    "this installation requires four eyes: the one who asked to accept a risk may not approve it");
        }
        if (!expiresAt.isAfter(now)) {
            throw new RuleViolationException("acceptance_expired",
                    "the acceptance expired before it was approved; ask again with a new expiry");
        }
        return decided(RiskAcceptanceStatus.APPROVED, by, note, now);
    }

    /** @throws RuleViolationException ({@code acceptance_decided}) */
    public RiskAcceptance reject(UserId by, Optional<RiskNote> note, Instant now) {
        requirePending();
        return decided(RiskAcceptanceStatus.REJECTED, by, note, now);
    }

    /** @throws RuleViolationException ({@code acceptance_decided}, {@code not_the_requester}) */
    public RiskAcceptance withdraw(UserId by, Optional<RiskNote> note, Instant now) {
        requirePending();
        if (!by.equals(requestedBy)) {
            throw new RuleViolationException("not_the_requester", "only the one who asked may withdraw the request");
        }
        return decided(RiskAcceptanceStatus.WITHDRAWN, by, note, now);
    }

    private void requirePending() {
        if (status != RiskAcceptanceStatus.PENDING) {
            throw new RuleViolationException("acceptance_decided", "the acceptance was " + status.key()
                    + " already; a decision is final");
        }
    }

    private RiskAcceptance decided(RiskAcceptanceStatus decision, UserId by, Optional<RiskNote> note, Instant now) {
        return new RiskAcceptance(id, riskId, decision, rationale, expiresAt, requestedBy, requestedAt,
                Objects.requireNonNull(by, "by"), Timestamps.truncate(now), note.orElse(null));
    }

    public Optional<RiskAcceptanceId> id() {
        return Optional.ofNullable(id);
    }

    public RiskId riskId() {
        return riskId;
    }

    public RiskAcceptanceStatus status() {
        return status;
    }

    public RiskNote rationale() {
        return rationale;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UserId requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<UserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<RiskNote> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }
}
