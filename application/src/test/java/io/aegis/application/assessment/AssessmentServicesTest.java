package io.aegis.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.assessment.port.in.AssessmentScoreView;
import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.CreateAssessmentCommand;
import io.aegis.application.assessment.port.in.EvaluateControlCommand;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.in.TransitionAssessmentCommand;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssessments;
import io.aegis.application.testing.InMemoryAssessments.CatalogControl;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentName;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The assessment use cases over in-memory ports: permissions checked first (a refusal audited as denied, nothing
 * changed), one audit entry per change, evaluations frozen outside planning and in progress, the score stored on
 * completion. Framework 1: family AC (10) with AC-1 (11), AC-2 (12) and its enhancement AC-2(1) (13), a withdrawn
 * AC-3 (14); the baseline 5 selects AC-1 and AC-2(1).
 */
class AssessmentServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T19:30:00.250Z");
    private static final FrameworkId FRAMEWORK = new FrameworkId(1);

    private final InMemoryAssessments store = new InMemoryAssessments()
            .withControl(new CatalogControl(10, 1, "AC", null, true, true, Set.of()))
            .withControl(new CatalogControl(11, 1, "AC-1", 10L, false, true, Set.of(5L)))
            .withControl(new CatalogControl(12, 1, "AC-2", 10L, false, true, Set.of()))
            .withControl(new CatalogControl(13, 1, "AC-2(1)", 12L, false, true, Set.of(5L)))
            .withControl(new CatalogControl(14, 1, "AC-3", 10L, false, false, Set.of()));
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final CreateAssessmentService create = new CreateAssessmentService(run, store, store, store);
    private final TransitionAssessmentService transition = new TransitionAssessmentService(run, store, store, store);
    private final EvaluateControlService evaluate = new EvaluateControlService(run, store, store, store, store);
    private final ListEvaluationsService listEvaluations = new ListEvaluationsService(run, store);
    private final GetAssessmentScoreService score = new GetAssessmentScoreService(run, store, store);

    private final Actor assessor = Actors.withPermissions(Permission.ASSESSMENT_READ, Permission.ASSESSMENT_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.ASSESSMENT_READ);

    private static CreateAssessmentCommand command(Optional<BaselineId> baseline) {
        return new CreateAssessmentCommand(new AssessmentName("Q4"), FRAMEWORK, baseline, Optional.empty(),
                new AssessmentDetails("internal", null, null, null, null, null, null, null, null, null, null));
    }

    private EvaluationView evaluated(AssessmentView assessment, long control, ImplementationStatus status,
                                     Effectiveness rating) {
        return evaluate.evaluate(assessor, new EvaluateControlCommand(new AssessmentId(assessment.id()),
                new ControlId(control), ExpectedVersion.ANY,
                new ControlEvaluation(status, rating, null, null, null, null, null, null)));
    }

    private AssessmentView moved(AssessmentView assessment, AssessmentStatus to) {
        return transition.transition(assessor, new TransitionAssessmentCommand(new AssessmentId(assessment.id()),
                ExpectedVersion.ANY, to));
    }

    @Test
    void creating_adds_every_active_control_that_is_no_group_and_audits_once() {
        AssessmentView created = create.create(assessor, command(Optional.empty()));

        assertThat(created.controlCount()).isEqualTo(3);
        assertThat(created.status()).isEqualTo("planning");
        assertThat(listEvaluations.list(reader, new ListEvaluationsQuery(new AssessmentId(created.id()),
                Optional.empty(), Optional.empty(), Optional.empty(), PageRequest.first())).items())
                .extracting(EvaluationView::controlLabel).containsExactly("AC-1", "AC-2", "AC-2(1)");
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("assessment.create");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
            assertThat(entry.after()).isEqualTo(created);
        });
    }

    @Test
    void a_baseline_scopes_the_controls_and_must_be_of_the_framework() {
        assertThat(create.create(assessor, command(Optional.of(new BaselineId(5)))).controlCount()).isEqualTo(2);
        assertThatThrownBy(() -> create.create(assessor, command(Optional.of(new BaselineId(9)))))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown_baseline");
    }

    @Test
    void a_reader_is_refused_every_change_and_the_refusal_is_audited() {
        assertThatThrownBy(() -> create.create(reader, command(Optional.empty())))
                .isInstanceOf(ForbiddenException.class);

        assertThat(audit.entries()).singleElement().satisfies(entry ->
                assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED));
        assertThat(store.list(new ListAssessmentsQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                PageRequest.first())).items()).isEmpty();
    }

    @Test
    void evaluations_score_live_freeze_under_review_and_completion_stores_the_score() {
        AssessmentView created = create.create(assessor, command(Optional.empty()));
        evaluated(created, 11, ImplementationStatus.IMPLEMENTED, Effectiveness.EFFECTIVE);
        evaluated(created, 12, ImplementationStatus.PARTIALLY_IMPLEMENTED, null);
        evaluated(created, 13, ImplementationStatus.NOT_APPLICABLE, null);

        AssessmentScoreView live = score.score(reader, new AssessmentId(created.id()));
        assertThat(live.live().overallScore()).contains(new BigDecimal("75.00"));
        assertThat(live.storedScore()).isEmpty();

        moved(moved(created, AssessmentStatus.IN_PROGRESS), AssessmentStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> evaluated(created, 11, ImplementationStatus.NOT_IMPLEMENTED, null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "evaluations_closed");
        AssessmentView completed = moved(created, AssessmentStatus.COMPLETED);

        assertThat(completed.overallScore()).isEqualTo(75.0);
        assertThat(completed.riskRating()).isEqualTo("medium");
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("assessment.create",
                "assessment_control.evaluate", "assessment_control.evaluate", "assessment_control.evaluate",
                "assessment.transition", "assessment.transition", "assessment.transition");
    }

    @Test
    void a_stale_evaluation_or_a_control_outside_the_assessment_changes_nothing() {
        AssessmentView created = create.create(assessor, command(Optional.empty()));
        EvaluationView first = evaluated(created, 11, ImplementationStatus.IMPLEMENTED, null);
        evaluated(created, 11, ImplementationStatus.NOT_IMPLEMENTED, null);

        assertThatThrownBy(() -> evaluate.evaluate(assessor, new EvaluateControlCommand(
                new AssessmentId(created.id()), new ControlId(11), ExpectedVersion.of(first.version()),
                new ControlEvaluation(ImplementationStatus.IMPLEMENTED, null, null, null, null, null, null, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> evaluated(created, 14, ImplementationStatus.IMPLEMENTED, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.entries()).hasSize(3);
    }
}
