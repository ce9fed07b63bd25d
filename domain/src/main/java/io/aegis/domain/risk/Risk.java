package io.aegis.domain.risk;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Timestamps;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the risk register. Its matrix rates it: the inherent rating (before controls) once analysed, the
 * residual rating (after them) once assessed, never above the inherent one ({@link ResidualScoring}). A risk may be
 * captured unscored; it stays identified until it is scored ({@code scores_required}), and has no level until then.
 * <p>
 * The risk's level is the residual level when a residual rating exists, else the inherent level: the level
 * says how serious the risk is now, and once controls are assessed that is what remains after them. The
 * next review is due that level's interval ({@link RiskReviewPolicy}) after the last review, or after
 * identification while the risk was never reviewed; it is recomputed on every change, so a change of level
 * or a review moves it. A closed risk is not reviewed and has no review date.
 * <p>
 * Status changes go only through {@link #transitionTo} and {@link #accept}, following {@link RiskLifecycle}; an
 * accepted risk keeps the owner and rationale its acceptance rests on, and is due for review by the acceptance's
 * expiry at the latest. Every move and every periodic {@link #review} starts the review interval afresh.
 * <p>
 * A risk belongs to one organisational unit, which decides who sees and changes it.
 */
public final class Risk implements Versioned {

    private final RiskId id;
    private final RiskFacts facts;
    private final OrgUnitId unit;
    private final RiskMatrixId matrixId;
    private final RiskRating inherent;
    private final RiskRating residual;
    private final RiskStatus status;
    private final Instant identifiedDate;
    private final Instant actualResolutionDate;
    private final Instant lastReviewDate;
    private final Instant nextReviewDate;
    private final boolean active;
    private final Revision revision;
    private final UserId createdBy;
    private final Instant acceptedUntil;

    private Risk(RiskId id, RiskFacts facts, OrgUnitId unit, RiskMatrixId matrixId, RiskRating inherent,
                 RiskRating residual, RiskStatus status, Instant identifiedDate, Instant actualResolutionDate,
                 Instant lastReviewDate, Instant nextReviewDate, boolean active, Revision revision, UserId createdBy,
                 Instant acceptedUntil) {
        this.id = id;
        this.facts = Objects.requireNonNull(facts, "facts");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.matrixId = Objects.requireNonNull(matrixId, "matrixId");
        this.inherent = inherent;
        this.residual = residual;
        this.status = Objects.requireNonNull(status, "status");
        this.identifiedDate = Objects.requireNonNull(identifiedDate, "identifiedDate");
        this.actualResolutionDate = actualResolutionDate;
        this.lastReviewDate = lastReviewDate;
        this.nextReviewDate = nextReviewDate;
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
        this.createdBy = createdBy;
        this.acceptedUntil = status == RiskStatus.ACCEPTED ? acceptedUntil : null;
    }

    /**
     * A new, active risk in status identified, rated on {@code matrix}; it has no id until it is stored.
     *
     * @param identifiedDate when the risk was identified; now when absent, never in the future
     * @throws InvalidValueException  for a level outside the matrix or an identification in the future
     * @throws io.aegis.domain.shared.RuleViolationException ({@code residual_above_inherent})
     */
    public static Risk identify(RiskFacts facts, OrgUnitId unit, RiskMatrix matrix, RiskEstimate estimate,
                                Optional<Instant> identifiedDate, Optional<UserId> createdBy, RiskReviewPolicy policy,
                                Instant now) {
        Instant created = Timestamps.truncate(now);
        Instant identified = identifiedDate.map(Timestamps::truncate).orElse(created);
        if (identified.isAfter(created)) {
            throw new InvalidValueException("identified_date", "may not be in the future");
        }
        RiskRating inherent = estimate.inherentOn(matrix).orElse(null);
        RiskRating residual = residualOf(matrix, estimate, inherent);
        Risk risk = new Risk(null, facts, unit, requireId(matrix), inherent, residual, RiskStatus.IDENTIFIED,
                identified, null, null, null, true, Revision.first(now), createdBy.orElse(null), null);
        return risk.withReviewDue(policy);
    }

    /**
     * Rehydrates a stored risk as it was stored. A row never updated has no update time: its creation time stands
     * in.
     *
     * @param acceptedUntil when the approved acceptance an accepted risk rests on expires (ignored otherwise)
     */
    public static Risk restore(RiskId id, RiskFacts facts, OrgUnitId unit, RiskMatrixId matrixId,
                               RiskRating inherent, RiskRating residual, RiskStatus status, Instant identifiedDate,
                               Instant actualResolutionDate, Instant lastReviewDate, Instant nextReviewDate,
                               boolean active, Instant createdAt, Instant updatedAt, UserId createdBy,
                               Optional<Instant> acceptedUntil) {
        Objects.requireNonNull(id, "id");
        return new Risk(id, facts, unit, matrixId, inherent, residual, status, identifiedDate, actualResolutionDate,
                lastReviewDate, nextReviewDate, active, Revision.stored(createdAt, updatedAt), createdBy,
                acceptedUntil.orElse(null));
    }

    /** The same risk as stored under {@code assignedId}. */
    public Risk identifiedAs(RiskId assignedId) {
        return new Risk(Objects.requireNonNull(assignedId), facts, unit, matrixId, inherent, residual, status,
                identifiedDate, actualResolutionDate, lastReviewDate, nextReviewDate, active, revision,
                createdBy, acceptedUntil);
    }

    /**
     * Replaces what people edit and re-rates the risk on {@code matrix} (its own or another one).
     *
     * @throws InvalidValueException  for a level outside the matrix
     * @throws io.aegis.domain.shared.RuleViolationException ({@code residual_above_inherent}, or
     *                                {@code acceptance_incomplete} when an accepted risk would lose its owner or
     *                                rationale)
     */
    public Risk revise(RiskFacts newFacts, RiskMatrix matrix, RiskEstimate estimate, RiskReviewPolicy policy,
                       Instant now) {
        if (status == RiskStatus.ACCEPTED) {
            RiskLifecycle.requireAcceptable(newFacts.treatment().justification(), newFacts.owner());
        }
        RiskRating newInherent = estimate.inherentOn(matrix).orElse(null);
        if (newInherent == null && status != RiskStatus.IDENTIFIED) {
            throw scoresRequired();
        }
        return new Risk(id, newFacts, unit, requireId(matrix), newInherent, residualOf(matrix, estimate, newInherent),
                status, identifiedDate, actualResolutionDate, lastReviewDate, nextReviewDate, active,
                revision.next(now), createdBy, acceptedUntil).withReviewDue(policy);
    }

    /**
     * A review: the risk is rated again on its matrix (the same levels confirm it) and reviewed now, which
     * starts its review interval afresh.
     */
    public Risk rescore(RiskMatrix matrix, RiskEstimate estimate, RiskReviewPolicy policy, Instant now) {
        Risk rescored = revise(facts, matrix, estimate, policy, now);
        return new Risk(id, facts, unit, rescored.matrixId, rescored.inherent, rescored.residual, status,
                identifiedDate, actualResolutionDate, rescored.updatedAt(), null, active, rescored.revision, createdBy,
                acceptedUntil)
                .withReviewDue(policy);
    }

    /**
     * A review that re-rates the inherent pair alone: the residual rating stays as it was assessed, and must still
     * not be above the new inherent one.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code residual_above_inherent}) naming the kept rating
     */
    public Risk rescoreInherent(RiskMatrix matrix, int likelihood, int impact, RiskReviewPolicy policy,
                                Instant now) {
        RiskRating newInherent = RiskRating.on(matrix, ScoreType.INHERENT, likelihood, impact);
        residual().ifPresent(kept -> ResidualScoring.requireKeptNotAbove(newInherent.score(), kept));
        return rescore(matrix, new RiskEstimate(likelihood, impact,
                residual().map(kept -> kept.likelihood().value()).orElse(null),
                residual().map(kept -> kept.impact().value()).orElse(null)), policy, now);
    }

    /**
     * Moves the risk along its lifecycle; closing records the resolution date, reopening clears it. A move is a
     * review: it starts the review interval afresh. A risk becomes accepted only through {@link #accept}.
     *
     * @throws IllegalRiskTransitionException naming the allowed moves
     * @throws io.aegis.domain.shared.RuleViolationException ({@code acceptance_required} for a move to accepted)
     */
    public Risk transitionTo(RiskStatus to, RiskReviewPolicy policy, Instant now) {
        return moved(RiskLifecycle.manualTransition(status, to, now), null, policy, now);
    }

    /**
     * Accepted as {@code approved} says: the lifecycle's conditions hold (an owner, a treatment rationale), and the
     * risk is due for review by the acceptance's expiry at the latest, so an expired acceptance makes it due again.
     *
     * @throws IllegalRiskTransitionException when the risk's status does not lead to accepted
     * @throws io.aegis.domain.shared.RuleViolationException ({@code acceptance_incomplete})
     */
    public Risk accept(RiskAcceptance approved, RiskReviewPolicy policy, Instant now) {
        if (approved.status() != RiskAcceptanceStatus.APPROVED || !approved.riskId().equals(id)) {
            throw new IllegalArgumentException("a risk is accepted by an approved acceptance of its own");
        }
        RiskTransition move = RiskLifecycle.transition(status, RiskStatus.ACCEPTED,
                facts.treatment().justification(), facts.owner(), now);
        return moved(move, approved.expiresAt(), policy, now);
    }

    /**
     * Whether the risk may become accepted now, checked when someone asks: the same conditions as {@link #accept}.
     *
     * @throws IllegalRiskTransitionException naming the allowed moves
     * @throws io.aegis.domain.shared.RuleViolationException ({@code acceptance_incomplete})
     */
    public void requireAcceptable() {
        RiskLifecycle.transition(status, RiskStatus.ACCEPTED, facts.treatment().justification(), facts.owner(),
                revision.updatedAt());
    }

    /**
     * A periodic review that changes nothing but the review dates: reviewed now, due again the level's interval
     * later (or at the acceptance's expiry, if sooner).
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code risk_closed}: a closed risk is not reviewed)
     */
    public Risk review(RiskReviewPolicy policy, Instant now) {
        if (status == RiskStatus.CLOSED) {
            throw new RuleViolationException("risk_closed", "a closed risk is not reviewed; reopen it first");
        }
        Revision next = revision.next(now);
        return new Risk(id, facts, unit, matrixId, inherent, residual, status, identifiedDate, actualResolutionDate,
                next.updatedAt(), null, active, next, createdBy, acceptedUntil).withReviewDue(policy);
    }

    /** Every status past identified rests on an analysis: the inherent rating. */
    private Risk moved(RiskTransition move, Instant newAcceptedUntil, RiskReviewPolicy policy, Instant now) {
        if (inherent == null) {
            throw scoresRequired();
        }
        Revision next = revision.next(now);
        return new Risk(id, facts, unit, matrixId, inherent, residual, move.status(), identifiedDate,
                move.resolvedAt().orElse(null), next.updatedAt(), null, active, next, createdBy, newAcceptedUntil)
                .withReviewDue(policy);
    }

    /**
     * The same risk in {@code newUnit}: a move is part of an edit, so it keeps the revision {@link #revise} gave the
     * edit. Whether the risk's matrix applies there is the caller's check: it needs the unit tree.
     */
    public Risk placedIn(OrgUnitId newUnit) {
        return new Risk(id, facts, newUnit, matrixId, inherent, residual, status, identifiedDate, actualResolutionDate,
                lastReviewDate, nextReviewDate, active, revision, createdBy, acceptedUntil);
    }

    /** Soft delete: the risk and its history stay, hidden from lists. */
    public Risk deactivate(Instant now) {
        return new Risk(id, facts, unit, matrixId, inherent, residual, status, identifiedDate,
                actualResolutionDate, lastReviewDate, nextReviewDate, false, revision.next(now), createdBy,
                acceptedUntil);
    }

    /**
     * The ratings that differ from {@code before}'s, or all of them on another matrix: what the score history
     * must record. A cleared residual rating, or an inherent one not given yet, records nothing.
     */
    public List<ScoreType> ratingsChangedFrom(Risk before) {
        boolean sameMatrix = matrixId.equals(before.matrixId);
        List<ScoreType> changed = new ArrayList<>(2);
        if (inherent != null && (!sameMatrix || !inherent.equals(before.inherent))) {
            changed.add(ScoreType.INHERENT);
        }
        if (residual != null && (!sameMatrix || !residual.equals(before.residual))) {
            changed.add(ScoreType.RESIDUAL);
        }
        return changed;
    }

    /** The rating of {@code type}; empty for a rating not yet assessed. */
    public Optional<RiskRating> rating(ScoreType type) {
        return type == ScoreType.INHERENT ? inherent() : residual();
    }

    /** @param inherent null only while unscored, when the estimate holds no residual pair either */
    private static RiskRating residualOf(RiskMatrix matrix, RiskEstimate estimate, RiskRating inherent) {
        Optional<RiskRating> residual = estimate.residualOn(matrix);
        residual.ifPresent(rating -> ResidualScoring.requireNotAbove(inherent.score(), rating.score()));
        return residual.orElse(null);
    }

    private static RuleViolationException scoresRequired() {
        return new RuleViolationException("scores_required", "a risk is assessed (and moves on) only once it is"
                + " scored: set inherent_likelihood and inherent_impact first");
    }

    private static RiskMatrixId requireId(RiskMatrix matrix) {
        return matrix.id().orElseThrow(() -> new IllegalArgumentException("a risk is rated on a stored matrix"));
    }

    /** The level's interval after the last review, but never after the acceptance an accepted risk rests on. */
    private Risk withReviewDue(RiskReviewPolicy policy) {
        // a risk nobody analysed yet is looked at as soon as the worst one would be
        Instant due = status == RiskStatus.CLOSED ? null : policy.nextReview(level().orElse(RiskLevel.CRITICAL),
                lastReviewDate == null ? identifiedDate : lastReviewDate);
        if (due != null && acceptedUntil != null && acceptedUntil.isBefore(due)) {
            due = acceptedUntil;
        }
        return new Risk(id, facts, unit, matrixId, inherent, residual, status, identifiedDate, actualResolutionDate,
                lastReviewDate, due, active, revision, createdBy, acceptedUntil);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<RiskId> id() {
        return Optional.ofNullable(id);
    }

    public RiskFacts facts() {
        return facts;
    }

    public OrgUnitId unit() {
        return unit;
    }

    public RiskMatrixId matrixId() {
        return matrixId;
    }

    /** Empty while the risk is captured but not yet analysed (status identified only). */
    public Optional<RiskRating> inherent() {
        return Optional.ofNullable(inherent);
    }

    /** Whether the risk was analysed: it holds an inherent rating. */
    public boolean scored() {
        return inherent != null;
    }

    public Optional<RiskRating> residual() {
        return Optional.ofNullable(residual);
    }

    /** The residual level once assessed, else the inherent one; empty while unscored. */
    public Optional<RiskLevel> level() {
        return residual().or(this::inherent).map(RiskRating::level);
    }

    public RiskStatus status() {
        return status;
    }

    public Instant identifiedDate() {
        return identifiedDate;
    }

    public Optional<Instant> actualResolutionDate() {
        return Optional.ofNullable(actualResolutionDate);
    }

    public Optional<Instant> lastReviewDate() {
        return Optional.ofNullable(lastReviewDate);
    }

    public Optional<Instant> nextReviewDate() {
        return Optional.ofNullable(nextReviewDate);
    }

    public boolean active() {
        return active;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    /** While accepted: when the approved acceptance the risk rests on expires. */
    public Optional<Instant> acceptedUntil() {
        return Optional.ofNullable(acceptedUntil);
    }
}
