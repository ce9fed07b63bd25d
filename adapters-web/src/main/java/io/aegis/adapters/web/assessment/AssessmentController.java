package io.aegis.adapters.web.assessment;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.assessment.port.in.AssessmentPorts;
import io.aegis.application.assessment.port.in.AssessmentSortField;
import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.CreateAssessmentCommand;
import io.aegis.application.assessment.port.in.EvaluateControlCommand;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.in.TransitionAssessmentCommand;
import io.aegis.application.assessment.port.in.UpdateAssessmentCommand;
import io.aegis.application.port.Patch;
import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentName;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.assessment.MaturityLevel;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /assessments}: assessments of a framework's controls, their workflow, the evaluation of each control
 * ({@code /assessments/{id}/controls/{control_id}}, where {@code control_id} is the control's numeric id) and the
 * score. Parses and checks the syntax, builds the command, calls the use case.
 */
public record AssessmentController(AssessmentPorts assessments) implements Controller {

    static final String PATH = "/assessments";
    private static final Set<String> FILTERS = Set.of("q", "status", "framework_id", "asset_id", "include_inactive");
    private static final Set<String> EVALUATION_FILTERS = Set.of("implementation_status", "family_id", "parent_id");

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.patch(PATH + "/{id}", this::update),
                ApiRoute.post(PATH + "/{id}/transitions", this::transition),
                ApiRoute.get(PATH + "/{id}/score", this::score),
                ApiRoute.get(PATH + "/{id}/controls", this::evaluations),
                ApiRoute.get(PATH + "/{id}/controls/{control_id}", this::evaluation),
                ApiRoute.put(PATH + "/{id}/controls/{control_id}", this::evaluate));
    }

    private void create(Context ctx) {
        CreateAssessmentRequest body = JsonBodies.read(ctx, CreateAssessmentRequest.class);
        FieldErrors errors = new FieldErrors();
        AssessmentName name = errors.attempt(() -> new AssessmentName(body.name()));
        FrameworkId framework = errors.attempt(() -> new FrameworkId(required("framework_id", body.frameworkId())));
        Optional<BaselineId> baseline = errors.optional(body.baselineId(), BaselineId::new);
        Optional<AssetId> asset = errors.optional(body.assetId(), AssetId::new);
        AssessmentDetails details = errors.attempt(() -> new AssessmentDetails(body.assessmentType(),
                body.description(), body.scope(), body.methodology(), body.startDate(), body.endDate(),
                body.dueDate(), body.assessorInternal() == null ? null : new UserId(body.assessorInternal()),
                body.assessorExternal(), body.executiveSummary(), body.recommendations()));
        errors.throwIfAny();
        AssessmentView created = assessments.create().create(RequestActors.of(ctx),
                new CreateAssessmentCommand(name, framework, baseline, asset, details));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void list(Context ctx) {
        ListParams<AssessmentSortField> params = ListParams.parse(ctx, AssessmentSortField.class, FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<AssessmentStatus> status = errors.attempt(() -> params.text("status")
                .map(key -> AssessmentStatus.parse("status", key)));
        Optional<FrameworkId> framework = errors.attempt(() -> params.id("framework_id").map(FrameworkId::new));
        Optional<AssetId> asset = errors.attempt(() -> params.id("asset_id").map(AssetId::new));
        Boolean inactive = errors.attempt(() -> params.flag("include_inactive"));
        errors.throwIfAny();
        ListAssessmentsQuery query = new ListAssessmentsQuery(params.text("q"), status, framework, asset, inactive,
                params.sort(), params.page());
        ctx.json(ListResponse.of(assessments.list().list(RequestActors.of(ctx), query), AssessmentResponse::of));
    }

    private void get(Context ctx) {
        respond(ctx, assessments.get().get(RequestActors.of(ctx), assessmentId(ctx)));
    }

    private void update(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        UpdateAssessmentRequest body = JsonBodies.readChanges(ctx, UpdateAssessmentRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<AssessmentName> name = errors.attempt(() -> body.name().map(AssessmentName::new));
        Patch<UserId> assessor = errors.attempt(() -> body.assessorInternal().map(UserId::new));
        errors.throwIfAny();
        UpdateAssessmentCommand command = new UpdateAssessmentCommand(id, Versions.expected(ctx), name,
                body.assessmentType(), body.description(), body.scope(), body.methodology(), body.startDate(),
                body.endDate(), body.dueDate(), assessor, body.assessorExternal(), body.executiveSummary(),
                body.recommendations());
        respond(ctx, assessments.update().update(RequestActors.of(ctx), command));
    }

    private void transition(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        TransitionAssessmentRequest body = JsonBodies.read(ctx, TransitionAssessmentRequest.class);
        FieldErrors errors = new FieldErrors();
        AssessmentStatus to = errors.attempt(() -> AssessmentStatus.parse("to", required("to", body.to())));
        errors.throwIfAny();
        respond(ctx, assessments.transition().transition(RequestActors.of(ctx),
                new TransitionAssessmentCommand(id, Versions.expected(ctx), to)));
    }

    private void score(Context ctx) {
        ctx.json(AssessmentScoreResponse.of(assessments.score().score(RequestActors.of(ctx), assessmentId(ctx))));
    }

    private void evaluations(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        ListParams<AssessmentSortField> params = ListParams.parse(ctx, AssessmentSortField.class,
                EVALUATION_FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<ImplementationStatus> status = errors.attempt(() -> params.text("implementation_status")
                .map(key -> ImplementationStatus.parse("implementation_status", key)));
        Optional<ControlId> family = errors.attempt(() -> params.id("family_id").map(ControlId::new));
        Optional<ControlId> parent = errors.attempt(() -> params.id("parent_id").map(ControlId::new));
        errors.throwIfAny();
        ListEvaluationsQuery query = new ListEvaluationsQuery(id, status, family, parent, params.page());
        ctx.json(ListResponse.of(assessments.listEvaluations().list(RequestActors.of(ctx), query),
                EvaluationResponse::of));
    }

    private void evaluation(Context ctx) {
        respond(ctx, assessments.getEvaluation().get(RequestActors.of(ctx), assessmentId(ctx), controlId(ctx)));
    }

    private void evaluate(Context ctx) {
        AssessmentId id = assessmentId(ctx);
        ControlId control = controlId(ctx);
        EvaluateControlRequest body = JsonBodies.read(ctx, EvaluateControlRequest.class);
        FieldErrors errors = new FieldErrors();
        ImplementationStatus status = errors.attempt(() -> ImplementationStatus.parse("implementation_status",
                required("implementation_status", body.implementationStatus())));
        // null when refused: unwrapped only once no error was collected
        Optional<Effectiveness> rating = errors.optional(body.effectivenessRating(),
                key -> Effectiveness.parse("effectiveness_rating", key));
        Optional<MaturityLevel> maturity = errors.optional(body.maturityLevel(), MaturityLevel::new);
        Optional<UserId> tester = errors.optional(body.testedBy(), UserId::new);
        errors.throwIfAny();
        ControlEvaluation evaluation = new ControlEvaluation(status, rating.orElse(null), maturity.orElse(null),
                body.findings(), body.recommendations(), body.evidenceNotes(), tester.orElse(null), body.testedDate());
        respond(ctx, assessments.evaluate().evaluate(RequestActors.of(ctx),
                new EvaluateControlCommand(id, control, Versions.expected(ctx), evaluation)));
    }

    private static AssessmentId assessmentId(Context ctx) {
        return new AssessmentId(PathIds.id(ctx, "id"));
    }

    private static ControlId controlId(Context ctx) {
        return new ControlId(PathIds.id(ctx, "control_id"));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static void respond(Context ctx, AssessmentView view) {
        Versions.respond(ctx, view.version(), AssessmentResponse.of(view));
    }

    private static void respond(Context ctx, EvaluationView view) {
        Versions.respond(ctx, view.version(), EvaluationResponse.of(view));
    }
}
