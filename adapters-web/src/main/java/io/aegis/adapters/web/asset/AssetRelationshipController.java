package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.CsvDownloads;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.asset.port.in.AssetRelationshipExport;
import io.aegis.application.asset.port.in.AssetRelationshipSortField;
import io.aegis.application.asset.port.in.CreateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.CreateAssetRelationshipUseCase;
import io.aegis.application.asset.port.in.DeleteAssetRelationshipUseCase;
import io.aegis.application.asset.port.in.ExportAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.GetAssetRelationshipUseCase;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.ListAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.RelationshipDirection;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipUseCase;
import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /asset-relationships} and {@code /assets/{id}/relationships}. */
public record AssetRelationshipController(CreateAssetRelationshipUseCase create, GetAssetRelationshipUseCase get,
                                          ListAssetRelationshipsUseCase list, UpdateAssetRelationshipUseCase update,
                                          DeleteAssetRelationshipUseCase delete, AssetImportRoute importRoute,
                                          ExportAssetRelationshipsUseCase export) implements Controller {

    static final String PATH = "/asset-relationships";
    private static final Set<String> FILTERS = Set.of("source_asset_id", "target_asset_id", "relationship_type",
            "is_critical_dependency");
    private static final Set<String> ASSET_FILTERS = Set.of("direction", "relationship_type",
            "is_critical_dependency");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::delete,
                ApiRoute.get(AssetController.PATH + "/{id}/relationships", this::listOfAsset),
                ApiRoute.post(PATH + "/import", importRoute::handleRelationships),
                ApiRoute.get(PATH + "/export", this::export));
    }

    private void create(Context ctx) {
        CreateAssetRelationshipRequest body = JsonBodies.read(ctx, CreateAssetRelationshipRequest.class);
        FieldErrors errors = new FieldErrors();
        AssetId source = errors.attempt(() -> assetId("source_asset_id", body.sourceAssetId()));
        AssetId target = errors.attempt(() -> assetId("target_asset_id", body.targetAssetId()));
        RelationshipType type = errors.attempt(() -> RelationshipType.fromKey(body.relationshipType()));
        Optional<Description> description = errors.optional(body.description(), Description::new);
        errors.throwIfAny();

        var created = create.create(RequestActors.of(ctx), new CreateAssetRelationshipCommand(source, target, type,
                description, Boolean.TRUE.equals(body.isCriticalDependency())));
        Locations.created(ctx, PATH, created.id()).json(AssetRelationshipResponse.of(created));
    }

    private void get(Context ctx) {
        ctx.json(AssetRelationshipResponse.of(get.get(RequestActors.of(ctx), relationshipId(ctx))));
    }

    private void list(Context ctx) {
        ListParams<AssetRelationshipSortField> params = ListParams.parse(ctx, AssetRelationshipSortField.class,
                FILTERS);
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(params)), AssetRelationshipResponse::of));
    }

    /** {@code ?format=csv} (the default) and the list's filters and sort; no paging: every match is exported. */
    private void export(Context ctx) {
        ListParams<AssetRelationshipSortField> params = CsvDownloads.parameters(ctx, AssetRelationshipSortField.class,
                FILTERS);
        AssetRelationshipExport relationships = export.export(RequestActors.of(ctx), query(params));
        CsvDownloads.send(ctx, "asset-relationships.csv", relationships::writeTo);
    }

    private static ListAssetRelationshipsQuery query(ListParams<AssetRelationshipSortField> params) {
        FieldErrors errors = new FieldErrors();
        Optional<AssetId> source = errors.attempt(() -> params.id("source_asset_id").map(AssetId::new));
        Optional<AssetId> target = errors.attempt(() -> params.id("target_asset_id").map(AssetId::new));
        Set<RelationshipType> types = errors.attempt(() -> types(params));
        errors.throwIfAny();
        return new ListAssetRelationshipsQuery(Optional.empty(), RelationshipDirection.BOTH, source, target, types,
                params.optionalFlag("is_critical_dependency"), params.sort(), params.page());
    }

    private void listOfAsset(Context ctx) {
        AssetId asset = new AssetId(PathIds.id(ctx, "id"));
        ListParams<AssetRelationshipSortField> params = ListParams.parse(ctx, AssetRelationshipSortField.class,
                ASSET_FILTERS);
        FieldErrors errors = new FieldErrors();
        RelationshipDirection direction = errors.attempt(
                () -> params.text("direction").map(RelationshipDirection::fromKey).orElse(RelationshipDirection.BOTH));
        Set<RelationshipType> types = errors.attempt(() -> types(params));
        errors.throwIfAny();
        ListAssetRelationshipsQuery query = new ListAssetRelationshipsQuery(Optional.of(asset), direction,
                Optional.empty(), Optional.empty(), types, params.optionalFlag("is_critical_dependency"), params.sort(),
                params.page());
        ctx.json(ListResponse.of(list.listOfAsset(RequestActors.of(ctx), query), AssetRelationshipResponse::of));
    }

    private static Set<RelationshipType> types(ListParams<AssetRelationshipSortField> params) {
        return params.keys("relationship_type", RelationshipType.values(), RelationshipType::key);
    }

    private void update(Context ctx) {
        AssetRelationshipId id = relationshipId(ctx);
        UpdateAssetRelationshipRequest body = JsonBodies.readChanges(ctx, UpdateAssetRelationshipRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<Description> description = errors.attempt(() -> body.description().map(Description::new));
        errors.throwIfAny();
        ctx.json(AssetRelationshipResponse.of(update.update(RequestActors.of(ctx),
                new UpdateAssetRelationshipCommand(id, description, body.criticalDependency()))));
    }

    private void delete(Context ctx) {
        delete.delete(RequestActors.of(ctx), relationshipId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static AssetRelationshipId relationshipId(Context ctx) {
        return new AssetRelationshipId(PathIds.id(ctx, "id"));
    }

    private static AssetId assetId(String field, Long raw) {
        if (raw == null || raw <= 0 || raw > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "is required: the id of an asset");
        }
        return new AssetId(raw);
    }
}
