package io.aegis.adapters.web.risk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PatchBody;
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
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code /risk-matrices}: parses and checks the syntax, builds the command, calls the use case. */
public final class RiskMatrixController implements Controller {

    static final String PATH = "/risk-matrices";
    private static final Set<String> FILTERS = Set.of("q", "is_default", "include_inactive");
    private static final String LIKELIHOOD_LEVELS = "likelihood_levels";
    private static final String IMPACT_LEVELS = "impact_levels";
    private static final String RISK_SCORES = "risk_scores";
    private static final String RISK_LEVELS = "risk_levels";
    private static final Set<String> PATCHABLE = Set.of("name", "description", LIKELIHOOD_LEVELS, IMPACT_LEVELS,
            RISK_SCORES, RISK_LEVELS, "is_default", "is_active");
    private static final TypeReference<List<RiskMatrixLevelRequest>> LEVELS = new TypeReference<>() {
    };
    private static final TypeReference<List<List<Double>>> GRID = new TypeReference<>() {
    };
    private static final TypeReference<List<RiskMatrixBandRequest>> BANDS = new TypeReference<>() {
    };

    private final CreateRiskMatrixUseCase create;
    private final GetRiskMatrixUseCase get;
    private final ListRiskMatricesUseCase list;
    private final UpdateRiskMatrixUseCase update;
    private final DeactivateRiskMatrixUseCase deactivate;

    public RiskMatrixController(CreateRiskMatrixUseCase create, GetRiskMatrixUseCase get,
                                ListRiskMatricesUseCase list, UpdateRiskMatrixUseCase update,
                                DeactivateRiskMatrixUseCase deactivate) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.deactivate = deactivate;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.patch(PATH + "/{id}", this::update),
                ApiRoute.delete(PATH + "/{id}", this::deactivate));
    }

    private void create(Context ctx) {
        CreateRiskMatrixRequest body = JsonBodies.read(ctx, CreateRiskMatrixRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskMatrixName name = errors.attempt(() -> new RiskMatrixName(body.name()));
        Optional<Description> description = errors.attempt(() -> optional(body.description(), Description::new));
        List<MatrixLevel> likelihoods = RiskMatrixParts.levels(errors, LIKELIHOOD_LEVELS, body.likelihoodLevels());
        List<MatrixLevel> impacts = RiskMatrixParts.levels(errors, IMPACT_LEVELS, body.impactLevels());
        List<List<Double>> scores = RiskMatrixParts.scores(errors, RISK_SCORES, body.riskScores());
        List<RiskBand> bands = RiskMatrixParts.bands(errors, RISK_LEVELS, body.riskLevels());
        errors.throwIfAny();

        RiskMatrixView created = create.create(RequestActors.of(ctx), new CreateRiskMatrixCommand(name, description,
                new MatrixScoring(likelihoods, impacts, scores, bands), Boolean.TRUE.equals(body.isDefault())));
        Locations.created(ctx, PATH, created.id());
        respond(ctx, created).status(HttpStatus.CREATED);
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
        PatchBody body = PatchBody.read(ctx, PATCHABLE);
        FieldErrors errors = new FieldErrors();
        Patch<RiskMatrixName> name = errors.attempt(() -> body.requiredText("name").map(RiskMatrixName::new));
        Patch<Description> description = errors.attempt(() -> body.text("description").map(Description::new));
        Patch<List<MatrixLevel>> likelihoods = part(body, LIKELIHOOD_LEVELS, LEVELS)
                .map(levels -> RiskMatrixParts.levels(errors, LIKELIHOOD_LEVELS, levels));
        Patch<List<MatrixLevel>> impacts = part(body, IMPACT_LEVELS, LEVELS)
                .map(levels -> RiskMatrixParts.levels(errors, IMPACT_LEVELS, levels));
        Patch<List<List<Double>>> scores = part(body, RISK_SCORES, GRID);
        Patch<List<RiskBand>> bands = part(body, RISK_LEVELS, BANDS)
                .map(given -> RiskMatrixParts.bands(errors, RISK_LEVELS, given));
        Patch<Boolean> isDefault = body.flag("is_default");
        Patch<Boolean> active = body.flag("is_active");
        errors.throwIfAny();

        RiskMatrixView updated = update.update(RequestActors.of(ctx), new UpdateRiskMatrixCommand(id,
                Versions.expected(ctx), name, description, likelihoods, impacts, scores, bands, isDefault, active));
        respond(ctx, updated);
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), new RiskMatrixId(PathIds.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** A JSON part of a PATCH body: absent, or set to a value of {@code type} (never null). */
    private static <T> Patch<T> part(PatchBody body, String field, TypeReference<T> type) {
        Patch<JsonNode> sent = body.json(field);
        if (!sent.present()) {
            return Patch.keep();
        }
        if (sent.value() == null) {
            throw BadRequestException.forField(field, "may not be null");
        }
        try {
            return Patch.set(Json.mapper().readerFor(type).readValue(sent.value()));
        } catch (IOException e) {
            throw BadRequestException.forField(field, "has the wrong shape or type");
        }
    }

    private static Context respond(Context ctx, RiskMatrixView view) {
        Versions.tag(ctx, view.version());
        return ctx.json(RiskMatrixResponse.of(view));
    }

    private static <T> Optional<T> optional(String raw, Function<String, T> factory) {
        return raw == null ? Optional.empty() : Optional.of(factory.apply(raw));
    }
}
