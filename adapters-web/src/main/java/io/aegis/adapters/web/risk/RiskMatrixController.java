package io.aegis.adapters.web.risk;

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
import io.aegis.application.port.Patch;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.DeactivateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.GetRiskMatrixUseCase;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.ListRiskMatricesUseCase;
import io.aegis.application.risk.port.in.RiskMatrixSortField;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.in.UpdateRiskMatrixCommand;
import io.aegis.application.risk.port.in.UpdateRiskMatrixUseCase;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /risk-matrices}: parses and checks the syntax, builds the command, calls the use case. */
public record RiskMatrixController(CreateRiskMatrixUseCase create, GetRiskMatrixUseCase get,
                                   ListRiskMatricesUseCase list, UpdateRiskMatrixUseCase update,
                                   DeactivateRiskMatrixUseCase deactivate) implements Controller {

    static final String PATH = "/risk-matrices";
    private static final Set<String> FILTERS = Set.of("q", "is_default", "include_inactive");
    private static final String LIKELIHOOD_LEVELS = "likelihood_levels";
    private static final String IMPACT_LEVELS = "impact_levels";
    private static final String RISK_SCORES = "risk_scores";
    private static final String RISK_LEVELS = "risk_levels";

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate);
    }

    private void create(Context ctx) {
        CreateRiskMatrixRequest body = JsonBodies.read(ctx, CreateRiskMatrixRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskMatrixName name = errors.attempt(() -> new RiskMatrixName(body.name()));
        Optional<Description> description = errors.optional(body.description(), Description::new);
        List<MatrixLevel> likelihoods = RiskMatrixParts.levels(errors, LIKELIHOOD_LEVELS, body.likelihoodLevels());
        List<MatrixLevel> impacts = RiskMatrixParts.levels(errors, IMPACT_LEVELS, body.impactLevels());
        List<List<Double>> scores = RiskMatrixParts.scores(errors, RISK_SCORES, body.riskScores());
        List<RiskBand> bands = RiskMatrixParts.bands(errors, RISK_LEVELS, body.riskLevels());
        Optional<OrgUnitId> unit = errors.optional(body.orgUnitId(),
                raw -> RiskParams.id("org_unit_id", raw, OrgUnitId::new));
        errors.throwIfAny();

        RiskMatrixView created = create.create(RequestActors.of(ctx), new CreateRiskMatrixCommand(name, description,
                new MatrixScoring(likelihoods, impacts, scores, bands), Boolean.TRUE.equals(body.isDefault()), unit));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new RiskMatrixId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<RiskMatrixSortField> params = ListParams.parse(ctx, RiskMatrixSortField.class, FILTERS);
        Optional<Boolean> isDefault = params.optionalFlag("is_default");
        ListRiskMatricesQuery query = new ListRiskMatricesQuery(params.text("q"), isDefault,
                params.flag("include_inactive"), params.sort(), params.page());
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query), RiskMatrixResponse::of));
    }

    private void update(Context ctx) {
        RiskMatrixId id = new RiskMatrixId(PathIds.id(ctx, "id"));
        UpdateRiskMatrixRequest body = JsonBodies.readChanges(ctx, UpdateRiskMatrixRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<RiskMatrixName> name = errors.attempt(() -> body.name().map(RiskMatrixName::new));
        Patch<Description> description = errors.attempt(() -> body.description().map(Description::new));
        Patch<List<MatrixLevel>> likelihoods = body.likelihoodLevels()
                .map(levels -> RiskMatrixParts.levels(errors, LIKELIHOOD_LEVELS, levels));
        Patch<List<MatrixLevel>> impacts = body.impactLevels()
                .map(levels -> RiskMatrixParts.levels(errors, IMPACT_LEVELS, levels));
        Patch<List<RiskBand>> bands = body.riskLevels().map(given -> RiskMatrixParts.bands(errors, RISK_LEVELS, given));
        errors.throwIfAny();

        RiskMatrixView updated = update.update(RequestActors.of(ctx), new UpdateRiskMatrixCommand(id,
                Versions.expected(ctx), name, description, likelihoods, impacts, body.riskScores(), bands,
                body.isDefault(), body.active()));
        respond(ctx, updated);
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), new RiskMatrixId(PathIds.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void respond(Context ctx, RiskMatrixView view) {
        Versions.respond(ctx, view.version(), RiskMatrixResponse.of(view));
    }
}
