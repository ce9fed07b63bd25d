package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.CsvDownloads;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.KeysetListResponse;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.CreateRiskUseCase;
import io.aegis.application.risk.port.in.DeactivateRiskUseCase;
import io.aegis.application.risk.port.in.ExportRisksUseCase;
import io.aegis.application.risk.port.in.GetRiskHeatmapUseCase;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.ListRiskScoresUseCase;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskChanges;
import io.aegis.application.risk.port.in.RiskExport;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.ScoreRiskUseCase;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskUseCase;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.ControlEffectiveness;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.risk.TreatmentStrategy;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /risks}: parses and checks the syntax, builds the command, calls the use case. Ranges against the
 * risk's matrix, the residual rule and the lifecycle are the domain's; references are the use cases'.
 */
public record RiskController(CreateRiskUseCase create, GetRiskUseCase get, ListRisksUseCase list,
                             UpdateRiskUseCase update, DeactivateRiskUseCase deactivate, ScoreRiskUseCase score,
                             ListRiskScoresUseCase scores, TransitionRiskUseCase transition,
                             GetRiskHeatmapUseCase heatmap, ExportRisksUseCase export) implements Controller {

    static final String PATH = "/risks";
    private static final Set<String> HEATMAP_PARAMS = with(RiskParams.FILTERS, "score_type");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate,
                ApiRoute.get(PATH + "/heatmap", this::heatmap),
                ApiRoute.get(PATH + "/export", this::export),
                ApiRoute.get(PATH + "/{id}/scores", this::scores),
                ApiRoute.post(PATH + "/{id}/scores", this::score),
                ApiRoute.post(PATH + "/{id}/transitions", this::transition));
    }

    private void create(Context ctx) {
        RiskRequest body = JsonBodies.read(ctx, RiskRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskTitle title = errors.attempt(() -> new RiskTitle(body.title()));
        RiskCategory category = errors.attempt(() -> RiskCategory.parse("category",
                required("category", body.category())));
        RiskDetails details = errors.attempt(() -> new RiskDetails(body.description(), body.subcategory(),
                body.riskType(), body.source(), body.sourceReference(), body.businessProcess(), body.threatSource(),
                body.vulnerability(), body.existingControls(), effectiveness(body.controlEffectiveness()),
                labels("affected_systems", body.affectedSystems()), labels("tags", body.tags()),
                customFields(body.customFields())));
        RiskTreatment treatment = errors.attempt(() -> new RiskTreatment(strategy(body.treatmentStrategy()),
                body.treatmentRationale(), body.targetResolutionDate()));
        AiAssessment ai = errors.attempt(() -> new AiAssessment(body.aiGeneratedStatement(), body.aiRiskAssessment(),
                body.aiConfidenceScore(), body.aiLastUpdated()));
        Optional<AssetId> asset = errors.optional(body.assetId(), raw -> RiskParams.id("asset_id", raw, AssetId::new));
        Optional<UserId> owner = errors.optional(body.ownerId(), raw -> RiskParams.id("owner_id", raw, UserId::new));
        Optional<RiskMatrixId> matrix = errors.optional(body.riskMatrixId(),
                raw -> RiskParams.id("risk_matrix_id", raw, RiskMatrixId::new));
        Optional<OrgUnitId> unit = errors.optional(body.orgUnitId(),
                raw -> RiskParams.id("org_unit_id", raw, OrgUnitId::new));
        // a risk may be captured before analysis: without the inherent pair it is unscored
        RiskEstimate estimate = errors.attempt(() -> new RiskEstimate(body.inherentLikelihood(),
                body.inherentImpact(), body.residualLikelihood(), body.residualImpact()));
        errors.throwIfAny();

        RiskView created = create.create(RequestActors.of(ctx), new CreateRiskCommand(
                new RiskFacts(title, category, details, treatment, ai, asset, owner), matrix, estimate,
                Optional.ofNullable(body.identifiedDate()), unit));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), riskId(ctx)));
    }

    private void list(Context ctx) {
        ListParams<RiskSortField> params = ListParams.keyset(ctx, RiskSortField.class, RiskParams.FILTERS);
        ListRisksQuery query = new ListRisksQuery(RiskParams.filter(params), params.sort(), params.page());
        ctx.json(KeysetListResponse.of(list.list(RequestActors.of(ctx), query), params, RiskResponse::new));
    }

    private void heatmap(Context ctx) {
        ListParams<RiskSortField> params = ListParams.unpaged(ctx, RiskSortField.class, HEATMAP_PARAMS, false);
        FieldErrors errors = new FieldErrors();
        ScoreType type = errors.attempt(() -> params.text("score_type")
                .map(key -> ScoreType.parse("score_type", key)).orElse(ScoreType.INHERENT));
        errors.throwIfAny();
        ctx.json(heatmap.heatmap(RequestActors.of(ctx), new RiskHeatmapQuery(type, RiskParams.filter(params))));
    }

    /** {@code ?format=csv} (the default) and the list's filters and sort; no paging: every match, up to the limit. */
    private void export(Context ctx) {
        ListParams<RiskSortField> params = CsvDownloads.parameters(ctx, RiskSortField.class, RiskParams.FILTERS);
        RiskExport risks = export.export(RequestActors.of(ctx),
                new ListRisksQuery(RiskParams.filter(params), params.sort(), PageRequest.first()));
        CsvDownloads.send(ctx, "risks.csv", risks::writeTo);
    }

    private void update(Context ctx) {
        RiskId id = riskId(ctx);
        UpdateRiskRequest body = JsonBodies.readChanges(ctx, UpdateRiskRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<RiskTitle> title = errors.attempt(() -> body.title().map(RiskTitle::new));
        Patch<RiskCategory> category = errors.attempt(() -> body.category()
                .map(key -> RiskCategory.parse("category", key)));
        Patch<ControlEffectiveness> effectiveness = errors.attempt(() -> body.controlEffectiveness()
                .map(RiskController::effectiveness));
        Patch<TreatmentStrategy> strategy = errors.attempt(() -> body.treatmentStrategy()
                .map(RiskController::strategy));
        Patch<Labels> affected = errors.attempt(() -> body.affectedSystems()
                .map(raw -> labels("affected_systems", raw)));
        Patch<Labels> tags = errors.attempt(() -> body.tags().map(raw -> labels("tags", raw)));
        Patch<CustomFields> custom = errors.attempt(() -> body.customFields().map(RiskController::customFields));
        Patch<AssetId> asset = errors.attempt(() -> body.assetId()
                .map(raw -> RiskParams.id("asset_id", raw, AssetId::new)));
        Patch<UserId> owner = errors.attempt(() -> body.ownerId()
                .map(raw -> RiskParams.id("owner_id", raw, UserId::new)));
        Patch<RiskMatrixId> matrix = errors.attempt(() -> body.riskMatrixId()
                .map(raw -> RiskParams.id("risk_matrix_id", raw, RiskMatrixId::new)));
        Patch<OrgUnitId> moveTo = errors.attempt(() -> body.orgUnitId()
                .map(raw -> RiskParams.id("org_unit_id", raw, OrgUnitId::new)));
        errors.throwIfAny();

        RiskChanges changes = new RiskChanges(title, category, body.description(), body.subcategory(),
                body.riskType(), body.source(), body.sourceReference(), asset, affected, body.businessProcess(),
                matrix, body.inherentLikelihood(), body.inherentImpact(), body.residualLikelihood(),
                body.residualImpact(), body.threatSource(), body.vulnerability(), body.existingControls(),
                effectiveness, body.aiGeneratedStatement(), body.aiRiskAssessment(), body.aiConfidenceScore(),
                body.aiLastUpdated(), strategy, body.treatmentRationale(), owner, body.targetResolutionDate(), tags,
                custom);
        respond(ctx, update.update(RequestActors.of(ctx), new UpdateRiskCommand(id, Versions.expected(ctx), changes,
                moveTo.orElse(Optional.empty()))));
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), riskId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void scores(Context ctx) {
        RiskId id = riskId(ctx);
        ListParams<RiskSortField> params = ListParams.parse(ctx, RiskSortField.class, Set.of());
        if (!params.sort().isEmpty()) {
            throw BadRequestException.forField("sort", "the score history is always newest first");
        }
        ctx.json(ListResponse.of(scores.list(RequestActors.of(ctx), id, params.page()), Function.identity()));
    }

    private void score(Context ctx) {
        RiskId id = riskId(ctx);
        ScoreRiskRequest body = JsonBodies.read(ctx, ScoreRiskRequest.class);
        FieldErrors errors = new FieldErrors();
        boolean keepResidual = !body.residualLikelihood().present() && !body.residualImpact().present();
        RiskEstimate estimate = errors.attempt(() -> new RiskEstimate(
                required("inherent_likelihood", body.inherentLikelihood()),
                required("inherent_impact", body.inherentImpact()), sentWith(body.residualLikelihood(),
                body.residualImpact(), "residual_impact"), sentWith(body.residualImpact(),
                body.residualLikelihood(), "residual_likelihood")));
        ScoringNote note = errors.attempt(() -> new ScoringNote(body.likelihoodRationale(), body.impactRationale(),
                body.scoringMethodology()));
        errors.throwIfAny();
        respond(ctx, score.score(RequestActors.of(ctx), new ScoreRiskCommand(id, estimate, keepResidual, note)))
                .status(HttpStatus.CREATED);
    }

    private void transition(Context ctx) {
        RiskId id = riskId(ctx);
        TransitionRiskRequest body = JsonBodies.read(ctx, TransitionRiskRequest.class);
        FieldErrors errors = new FieldErrors();
        RiskStatus to = errors.attempt(() -> RiskStatus.parse("to", required("to", body.to())));
        errors.throwIfAny();
        respond(ctx, transition.transition(RequestActors.of(ctx),
                new TransitionRiskCommand(id, to, Optional.ofNullable(body.reason()))));
    }

    private static RiskId riskId(Context ctx) {
        return new RiskId(PathIds.id(ctx, "id"));
    }

    private static Context respond(Context ctx, RiskView view) {
        return Versions.respond(ctx, view.version(), new RiskResponse(view));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** A residual level sent without its pair's other level (even as null) rates nothing: both or neither. */
    private static Integer sentWith(Patch<Integer> level, Patch<Integer> pair, String pairField) {
        if (level.present() && !pair.present()) {
            throw new InvalidValueException(pairField, "is required with the other residual level (null clears both)");
        }
        return level.value();
    }

    private static ControlEffectiveness effectiveness(String key) {
        return key == null ? null : ControlEffectiveness.parse("control_effectiveness", key);
    }

    private static TreatmentStrategy strategy(String key) {
        return key == null ? null : TreatmentStrategy.parse("treatment_strategy", key);
    }

    private static Labels labels(String field, List<String> raw) {
        return raw == null ? Labels.none() : Labels.of(field, raw);
    }

    private static CustomFields customFields(Map<String, Object> raw) {
        return raw == null ? CustomFields.none() : CustomFields.of("custom_fields", raw);
    }

    private static Set<String> with(Set<String> filters, String parameter) {
        Set<String> names = new HashSet<>(filters);
        names.add(parameter);
        return Set.copyOf(names);
    }
}
