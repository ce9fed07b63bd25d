package io.aegis.adapters.web.asset;

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
import io.aegis.application.asset.port.in.AssetCategorySortField;
import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.CreateAssetCategoryUseCase;
import io.aegis.application.asset.port.in.DeactivateAssetCategoryUseCase;
import io.aegis.application.asset.port.in.GetAssetCategoryUseCase;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.in.ListAssetCategoriesUseCase;
import io.aegis.application.asset.port.in.UpdateAssetCategoryCommand;
import io.aegis.application.asset.port.in.UpdateAssetCategoryUseCase;
import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /asset-categories}: parses and checks the syntax, builds the command, calls the use case. */
public record AssetCategoryController(CreateAssetCategoryUseCase create, GetAssetCategoryUseCase get,
                                      ListAssetCategoriesUseCase list, UpdateAssetCategoryUseCase update,
                                      DeactivateAssetCategoryUseCase deactivate) implements Controller {

    static final String PATH = "/asset-categories";
    private static final Set<String> FILTERS = Set.of("q", "name", "color", "include_inactive");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate);
    }

    private void create(Context ctx) {
        CreateAssetCategoryRequest body = JsonBodies.read(ctx, CreateAssetCategoryRequest.class);
        FieldErrors errors = new FieldErrors();
        AssetCategoryName name = errors.attempt(() -> new AssetCategoryName(body.name()));
        Optional<Description> description = errors.optional(body.description(), Description::new);
        Optional<HexColor> color = errors.optional(body.color(), HexColor::new);
        errors.throwIfAny();

        AssetCategoryView created = create.create(RequestActors.of(ctx),
                new CreateAssetCategoryCommand(name, description, color));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new AssetCategoryId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<AssetCategorySortField> params = ListParams.parse(ctx, AssetCategorySortField.class, FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<HexColor> color = errors.attempt(() -> params.text("color").map(HexColor::new));
        errors.throwIfAny();
        ListAssetCategoriesQuery query = new ListAssetCategoriesQuery(params.text("q"), params.text("name"), color,
                params.flag("include_inactive"), params.sort(), params.page());
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query), AssetCategoryResponse::of));
    }

    private void update(Context ctx) {
        AssetCategoryId id = new AssetCategoryId(PathIds.id(ctx, "id"));
        UpdateAssetCategoryRequest body = JsonBodies.readChanges(ctx, UpdateAssetCategoryRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<AssetCategoryName> name = errors.attempt(() -> body.name().map(AssetCategoryName::new));
        Patch<Description> description = errors.attempt(() -> body.description().map(Description::new));
        Patch<HexColor> color = errors.attempt(() -> body.color().map(HexColor::new));
        errors.throwIfAny();

        AssetCategoryView updated = update.update(RequestActors.of(ctx),
                new UpdateAssetCategoryCommand(id, Versions.expected(ctx), name, description, color, body.active()));
        respond(ctx, updated);
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), new AssetCategoryId(PathIds.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void respond(Context ctx, AssetCategoryView view) {
        Versions.respond(ctx, view.version(), AssetCategoryResponse.of(view));
    }
}
