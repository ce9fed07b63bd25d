package io.aegis.domain.assessment;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment of a framework's controls (all of them, or a baseline's selection), optionally of one asset. It
 * follows {@link AssessmentLifecycle}; its controls are evaluated while it is planned or in progress, and its score
 * is stored when it completes, from the evaluations as they then stand. What it assesses never changes: another
 * framework or baseline is another assessment.
 */
public final class Assessment implements Versioned {

    private final AssessmentId id;
    private final AssessmentName name;
    private final FrameworkId framework;
    private final BaselineId baseline;
    private final AssetId asset;
    private final AssessmentDetails details;
    private final AssessmentStatus status;
    private final AssessmentOutcome outcome;
    private final AiSummary aiSummary;
    private final boolean active;
    private final UserId createdBy;
    private final Revision revision;

    private Assessment(AssessmentId id, AssessmentName name, FrameworkId framework, BaselineId baseline,
                       AssetId asset, AssessmentDetails details, AssessmentStatus status, AssessmentOutcome outcome,
                       AiSummary aiSummary, boolean active, UserId createdBy, Revision revision) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.framework = framework;
        this.baseline = baseline;
        this.asset = asset;
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.outcome = outcome;
        this.aiSummary = Objects.requireNonNull(aiSummary, "aiSummary");
        this.active = active;
        this.createdBy = createdBy;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A new assessment in planning; it has no id until it is stored. */
    public static Assessment plan(AssessmentName name, FrameworkId framework, Optional<BaselineId> baseline,
                                  Optional<AssetId> asset, AssessmentDetails details, UserId createdBy, Instant now) {
        return new Assessment(null, name, Objects.requireNonNull(framework, "framework"), baseline.orElse(null),
                asset.orElse(null), details, AssessmentStatus.PLANNING, null, AiSummary.none(), true, createdBy,
                Revision.first(now));
    }

    /**
     * Rehydrates a stored assessment. Its framework may be gone (the seed's foreign key sets it null when a
     * framework is deleted), and a row never updated has no update time: its creation time stands in.
     */
    public static Assessment restore(AssessmentId id, AssessmentName name, FrameworkId framework,
                                     BaselineId baseline, AssetId asset, AssessmentDetails details,
                                     AssessmentStatus status, AssessmentOutcome outcome, AiSummary aiSummary,
                                     boolean active, UserId createdBy, Instant createdAt, Instant updatedAt) {
        return new Assessment(Objects.requireNonNull(id, "id"), name, framework, baseline, asset, details, status,
                outcome, aiSummary, active, createdBy, Revision.stored(createdAt, updatedAt));
    }

    public Assessment identifiedAs(AssessmentId assignedId) {
        return new Assessment(Objects.requireNonNull(assignedId), name, framework, baseline, asset, details, status,
                outcome, aiSummary, active, createdBy, revision);
    }

    /**
     * The assessment renamed or redescribed.
     *
     * @throws RuleViolationException ({@code assessment_closed}) once it is completed or cancelled
     */
    public Assessment revise(AssessmentName newName, AssessmentDetails newDetails, Instant now) {
        requireOpen();
        return new Assessment(id, newName, framework, baseline, asset, newDetails, status, outcome, aiSummary, active,
                createdBy, revision.next(now));
    }

    /**
     * The assessment moved to {@code to}. Completing it stores {@code score}'s overall score and rating (none when
     * no control was assessed); the score is not read otherwise.
     *
     * @throws IllegalAssessmentTransitionException when the workflow does not lead there
     */
    public Assessment transitionTo(AssessmentStatus to, AssessmentScore score, Instant now) {
        AssessmentLifecycle.requireMove(status, to);
        AssessmentOutcome stored = to == AssessmentStatus.COMPLETED
                ? score.overallScore().map(value -> new AssessmentOutcome(value, score.riskRating().orElseThrow()))
                .orElse(null)
                : outcome;
        return new Assessment(id, name, framework, baseline, asset, details, to, stored, aiSummary, active, createdBy,
                revision.next(now));
    }

    /** @throws RuleViolationException ({@code evaluations_closed}) unless the assessment is planned or in progress */
    public void requireEvaluable() {
        if (!status.acceptsEvaluations()) {
            throw new RuleViolationException("evaluations_closed", "controls are evaluated while an assessment is"
                    + " planning or in_progress; this one is " + status.key());
        }
    }

    private void requireOpen() {
        if (status == AssessmentStatus.COMPLETED || status == AssessmentStatus.CANCELLED) {
            throw new RuleViolationException("assessment_closed", "a " + status.key()
                    + " assessment is a record and no longer changes");
        }
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<AssessmentId> id() {
        return Optional.ofNullable(id);
    }

    public AssessmentName name() {
        return name;
    }

    public Optional<FrameworkId> framework() {
        return Optional.ofNullable(framework);
    }

    public Optional<BaselineId> baseline() {
        return Optional.ofNullable(baseline);
    }

    public Optional<AssetId> asset() {
        return Optional.ofNullable(asset);
    }

    public AssessmentDetails details() {
        return details;
    }

    public AssessmentStatus status() {
        return status;
    }

    public Optional<AssessmentOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public AiSummary aiSummary() {
        return aiSummary;
    }

    public boolean active() {
        return active;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }
}
