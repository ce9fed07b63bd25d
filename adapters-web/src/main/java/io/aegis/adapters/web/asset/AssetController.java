package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.CsvDownloads;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.asset.port.in.AssetExport;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetUseCase;
import io.aegis.application.asset.port.in.ExportAssetsUseCase;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.in.ListAssetsUseCase;
import io.aegis.application.asset.port.in.UpdateAssetCommand;
import io.aegis.application.asset.port.in.UpdateAssetUseCase;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /assets}: parses and checks the syntax, builds the command, calls the use case. */
public record AssetController(CreateAssetUseCase create, GetAssetUseCase get, ListAssetsUseCase list,
                              UpdateAssetUseCase update, ExportAssetsUseCase export, AssetImportRoute importRoute)
        implements Controller {

    static final String PATH = "/assets";
    static final Set<String> FILTERS = Set.of("q", "name", "asset_type", "criticality", "category_id",
            "owner_id", "status", "created_by", "created_from", "created_to", "org_unit_id", "include_inactive");

    @Override
    public List<ApiRoute> routes() {
        // DELETE /assets/{id} says what becomes of the asset's open risks: web.risk.AssetDeactivationController
        return List.of(ApiRoute.post(PATH + "/import", importRoute::handle),
                ApiRoute.get(PATH + "/export", this::export), ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list), ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.patch(PATH + "/{id}", this::update));
    }

    private void create(Context ctx) {
        AssetRequest body = JsonBodies.read(ctx, AssetRequest.class);
        if (body.isActive().present()) {
            throw BadRequestException.forField("is_active", "a new asset is active; a patch changes it");
        }
        List<InvalidValueException> errors = new ArrayList<>();
        AssetProfile profile = AssetProfileFields.create(body.sent(), errors);
        Optional<OrgUnitId> unit = unit(body, errors);
        FieldErrors.throwIfAny(errors);

        AssetView created = create.create(RequestActors.of(ctx), new CreateAssetCommand(profile, unit));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new AssetId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<AssetSortField> params = ListParams.parse(ctx, AssetSortField.class, FILTERS);
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(params)), AssetResponse::of));
    }

    private void update(Context ctx) {
        AssetId id = new AssetId(PathIds.id(ctx, "id"));
        AssetRequest request = JsonBodies.readChanges(ctx, AssetRequest.class);
        Map<String, Object> body = request.sent();
        List<InvalidValueException> errors = new ArrayList<>();
        // a dry run on a throw-away profile reports every malformed field before the use case runs
        AssetProfileFields.patch(AssetProfile.of(new AssetName("probe"), AssetType.OTHER), body, errors);
        Optional<OrgUnitId> moveTo = unit(request, errors);
        FieldErrors.throwIfAny(errors);

        AssetView updated = update.update(RequestActors.of(ctx), new UpdateAssetCommand(id, Versions.expected(ctx),
                current -> AssetProfileFields.patch(current, body, new ArrayList<>()), moveTo, request.isActive()));
        respond(ctx, updated);
    }

    /** {@code ?format=csv} (the default) and the list's filters and sort; no paging: every match is exported. */
    private void export(Context ctx) {
        ListParams<AssetSortField> params = CsvDownloads.parameters(ctx, AssetSortField.class, FILTERS);
        AssetExport assets = export.export(RequestActors.of(ctx), query(params));
        CsvDownloads.send(ctx, "assets.csv", assets::writeTo);
    }

    static ListAssetsQuery query(ListParams<AssetSortField> params) {
        FieldErrors errors = new FieldErrors();
        Set<AssetType> types = errors.attempt(() -> params.keys("asset_type", AssetType.values(), AssetType::key));
        Set<Criticality> criticalities = errors.attempt(() -> params.keys("criticality", Criticality.values(),
                Criticality::key));
        Optional<AssetCategoryId> category = errors.attempt(
                () -> params.id("category_id").map(AssetCategoryId::new));
        Optional<UserId> owner = errors.attempt(() -> params.id("owner_id").map(UserId::new));
        Set<AssetStatus> statuses = errors.attempt(() -> params.keys("status", AssetStatus.values(),
                AssetStatus::key));
        Optional<UserId> createdBy = errors.attempt(() -> params.id("created_by").map(UserId::new));
        Optional<Instant> from = errors.attempt(() -> params.instant("created_from"));
        Optional<Instant> to = errors.attempt(() -> params.instant("created_to"));
        Optional<OrgUnitId> unit = errors.attempt(() -> params.id("org_unit_id").map(OrgUnitId::new));
        errors.throwIfAny();
        return new ListAssetsQuery(params.text("q"), params.text("name"), types, criticalities, category, owner,
                statuses, createdBy, from, to, unit, params.flag("include_inactive"), params.sort(), params.page());
    }

    private static Optional<OrgUnitId> unit(AssetRequest body, List<InvalidValueException> errors) {
        try {
            return body.orgUnit();
        } catch (InvalidValueException e) {
            errors.add(e);
            return Optional.empty();
        }
    }

    private static void respond(Context ctx, AssetView view) {
        Versions.respond(ctx, view.revision(), AssetResponse.of(view));
    }
}
