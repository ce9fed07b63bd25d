package io.aegis.adapters.web.assessment;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.assessment.port.in.AssessmentPorts;
import io.aegis.application.assessment.port.in.AssessmentScoreView;
import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.EvaluateControlCommand;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.in.TransitionAssessmentCommand;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentLifecycle;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.assessment.MaturityLevel;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /assessments}: the assessments, and an assessment's workspace: its live score, its moves, and a table of its
 * controls whose status, effectiveness and maturity are saved row by row (a plain form per row, so it works without
 * script; the findings and other texts an evaluation holds are kept). The same use cases as the API.
 */
public record AssessmentPages(AssessmentPorts assessments) implements PageController {

    static final String ASSESSMENTS = "/assessments";

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(ASSESSMENTS, this::assessmentsPage),
                PageRoute.get(ASSESSMENTS + "/{id}", this::workspace),
                PageRoute.post(ASSESSMENTS + "/{id}/transitions", this::transition),
                PageRoute.post(ASSESSMENTS + "/{id}/controls/{control_id}", this::evaluate));
    }

    private void assessmentsPage(Context ctx) {
        List<AssessmentView> listed = assessments.list().list(RequestActors.of(ctx), new ListAssessmentsQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        Pages.render(ctx, "assessment/assessments.jte", new AssessmentsPage(Chrome.of(ctx, "Assessments",
                Section.ASSESSMENTS), listed));
    }

    private void workspace(Context ctx) {
        renderWorkspace(ctx, assessmentId(ctx), FormErrors.none());
    }

    private void transition(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        Optional<FormErrors> refused = FormErrors.whenRefused(() -> assessments.transition().transition(
                RequestActors.of(ctx), new TransitionAssessmentCommand(id, ExpectedVersion.ANY,
                        AssessmentStatus.parse("to", String.valueOf(ctx.formParam("to"))))));
        respond(ctx, id, refused, "");
    }

    /** Replaces the row's status, effectiveness and maturity, keeping the texts and tester the evaluation holds. */
    private void evaluate(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        ControlId control = new ControlId(PathIds.id(ctx, "control_id"));
        Optional<FormErrors> refused = FormErrors.whenRefused(() -> {
            EvaluationView current = assessments.getEvaluation().get(RequestActors.of(ctx), id, control);
            ControlEvaluation evaluation = new ControlEvaluation(
                    ImplementationStatus.parse("implementation_status", ctx.formParam("implementation_status")),
                    chosen(ctx, "effectiveness_rating").map(key -> Effectiveness.parse("effectiveness_rating", key))
                            .orElse(null),
                    chosen(ctx, "maturity_level").map(AssessmentPages::maturity).orElse(null),
                    current.findings(), current.recommendations(), current.evidenceNotes(),
                    current.testedBy() == null ? null : new UserId(current.testedBy()), null);
            assessments.evaluate().evaluate(RequestActors.of(ctx), new EvaluateControlCommand(id, control,
                    ExpectedVersion.ANY, evaluation));
        });
        respond(ctx, id, refused, "#control-" + control.value());
    }

    private void respond(Context ctx, AssessmentId id, Optional<FormErrors> refused, String anchor) {
        refused.ifPresentOrElse(errors -> renderWorkspace(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors),
                () -> Pages.seeOther(ctx, ASSESSMENTS + "/" + id + anchor));
    }

    private void renderWorkspace(Context ctx, AssessmentId id, FormErrors errors) {
        var actor = RequestActors.of(ctx);
        AssessmentView assessment = assessments.get().get(actor, id);
        AssessmentScoreView score = assessments.score().score(actor, id);
        List<EvaluationView> evaluations = assessments.listEvaluations().list(actor, new ListEvaluationsQuery(id,
                Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(PageRequest.MAX_LIMIT, 0)))
                .items();
        AssessmentStatus status = AssessmentStatus.parse("status", assessment.status());
        Pages.render(ctx, "assessment/workspace.jte", new WorkspacePage(Chrome.of(ctx, assessment.name(),
                Section.ASSESSMENTS), assessment, score, evaluations,
                AssessmentLifecycle.allowedFrom(status).stream().sorted().map(AssessmentStatus::key).toList(),
                status.acceptsEvaluations(), errors));
    }

    private static Optional<String> chosen(Context ctx, String field) {
        return Optional.ofNullable(ctx.formParam(field)).filter(value -> !value.isBlank());
    }

    private static MaturityLevel maturity(String raw) {
        try {
            return new MaturityLevel(Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("maturity_level", "must be between 1 and 5");
        }
    }

    private static AssessmentId assessmentId(Context ctx) {
        return new AssessmentId(PathIds.id(ctx, "id"));
    }

    public record AssessmentsPage(Chrome chrome, List<AssessmentView> assessments) {
    }

    /**
     * @param moves      the statuses the assessment may move to now
     * @param evaluable  whether its controls may be evaluated now (planning or in progress)
     */
    public record WorkspacePage(Chrome chrome, AssessmentView assessment, AssessmentScoreView score,
                                List<EvaluationView> evaluations, List<String> moves, boolean evaluable,
                                FormErrors errors) {

        public List<String> statuses() {
            return Arrays.stream(ImplementationStatus.values()).map(ImplementationStatus::key).toList();
        }

        public List<String> ratings() {
            return Arrays.stream(Effectiveness.values()).map(Effectiveness::key).toList();
        }
    }
}
