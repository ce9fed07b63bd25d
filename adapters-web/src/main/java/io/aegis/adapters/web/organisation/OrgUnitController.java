package io.aegis.adapters.web.organisation;

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
import io.aegis.application.organisation.port.in.CreateOrgUnitCommand;
import io.aegis.application.organisation.port.in.CreateOrgUnitUseCase;
import io.aegis.application.organisation.port.in.DeactivateOrgUnitUseCase;
import io.aegis.application.organisation.port.in.GetOrgUnitUseCase;
import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.ListOrgUnitsUseCase;
import io.aegis.application.organisation.port.in.OrgUnitSortField;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.in.UpdateOrgUnitCommand;
import io.aegis.application.organisation.port.in.UpdateOrgUnitUseCase;
import io.aegis.application.port.Patch;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /org-units}: parses and checks the syntax, builds the command, calls the use case. */
public record OrgUnitController(CreateOrgUnitUseCase create, GetOrgUnitUseCase get, ListOrgUnitsUseCase list,
                                UpdateOrgUnitUseCase update, DeactivateOrgUnitUseCase deactivate)
        implements Controller {

    static final String PATH = "/org-units";
    private static final Set<String> FILTERS = Set.of("q", "name", "parent_id", "include_inactive");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate);
    }

    private void create(Context ctx) {
        CreateOrgUnitRequest body = JsonBodies.read(ctx, CreateOrgUnitRequest.class);
        FieldErrors errors = new FieldErrors();
        OrgUnitName name = errors.attempt(() -> new OrgUnitName(body.name()));
        OrgUnitId parent = errors.attempt(() -> parentId(body.parentId()));
        Optional<Description> description = errors.optional(body.description(), Description::new);
        errors.throwIfAny();

        OrgUnitView created = create.create(RequestActors.of(ctx), new CreateOrgUnitCommand(name, parent,
                description));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), unitId(ctx)));
    }

    private void list(Context ctx) {
        ListParams<OrgUnitSortField> params = ListParams.parse(ctx, OrgUnitSortField.class, FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<OrgUnitId> parent = errors.attempt(() -> params.id("parent_id").map(OrgUnitId::new));
        errors.throwIfAny();
        ListOrgUnitsQuery query = new ListOrgUnitsQuery(params.text("q"), params.text("name"), parent,
                params.flag("include_inactive"), params.sort(), params.page());
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query), OrgUnitResponse::of));
    }

    private void update(Context ctx) {
        OrgUnitId id = unitId(ctx);
        UpdateOrgUnitRequest body = JsonBodies.readChanges(ctx, UpdateOrgUnitRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<OrgUnitName> name = errors.attempt(() -> body.name().map(OrgUnitName::new));
        Patch<Description> description = errors.attempt(() -> body.description().map(Description::new));
        Patch<OrgUnitId> parent = errors.attempt(() -> body.parentId().map(OrgUnitController::parentId));
        errors.throwIfAny();

        respond(ctx, update.update(RequestActors.of(ctx),
                new UpdateOrgUnitCommand(id, Versions.expected(ctx), name, description, parent)));
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), unitId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static OrgUnitId unitId(Context ctx) {
        return new OrgUnitId(PathIds.id(ctx, "id"));
    }

    private static OrgUnitId parentId(Long raw) {
        if (raw == null || raw <= 0 || raw > Integer.MAX_VALUE) {
            throw new InvalidValueException("parent_id", "is required: the id of an organisational unit");
        }
        return new OrgUnitId(raw);
    }

    private static void respond(Context ctx, OrgUnitView view) {
        Versions.respond(ctx, view.version(), OrgUnitResponse.of(view));
    }
}
