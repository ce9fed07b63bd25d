package io.aegis.adapters.web.identity;

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
import io.aegis.application.identity.port.in.CreateRoleCommand;
import io.aegis.application.identity.port.in.CreateRoleUseCase;
import io.aegis.application.identity.port.in.DeactivateRoleUseCase;
import io.aegis.application.identity.port.in.GetRoleUseCase;
import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.ListRolesUseCase;
import io.aegis.application.identity.port.in.RoleSortField;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.in.UpdateRoleCommand;
import io.aegis.application.identity.port.in.UpdateRoleUseCase;
import io.aegis.application.port.Patch;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /roles}: parses and checks the syntax, builds the command, calls the use case. */
public record RoleController(CreateRoleUseCase create, GetRoleUseCase get, ListRolesUseCase list,
                             UpdateRoleUseCase update, DeactivateRoleUseCase deactivate) implements Controller {

    static final String PATH = "/roles";
    static final Set<String> FILTERS = Set.of("q", "is_active", "include_inactive");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate);
    }

    private void create(Context ctx) {
        CreateRoleRequest body = JsonBodies.read(ctx, CreateRoleRequest.class);
        FieldErrors errors = new FieldErrors();
        RoleName name = errors.attempt(() -> new RoleName(body.name()));
        Optional<Description> description = errors.optional(body.description(), Description::new);
        Set<Permission> permissions = errors.attempt(() -> IdentityFields.permissions(body.permissions()));
        errors.throwIfAny();

        RoleView created = create.create(RequestActors.of(ctx), new CreateRoleCommand(name, description, permissions));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new RoleId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<RoleSortField> params = ListParams.parse(ctx, RoleSortField.class, FILTERS);
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(params)), RoleResponse::of));
    }

    /** The list's query from its parameters; also the roles page's, which reads the same ones from its URL. */
    static ListRolesQuery query(ListParams<RoleSortField> params) {
        return new ListRolesQuery(params.text("q"), IdentityFields.activity(params), params.sort(), params.page());
    }

    private void update(Context ctx) {
        RoleId id = new RoleId(PathIds.id(ctx, "id"));
        UpdateRoleRequest body = JsonBodies.readChanges(ctx, UpdateRoleRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<RoleName> name = errors.attempt(() -> body.name().map(RoleName::new));
        Patch<Description> description = errors.attempt(() -> body.description().map(Description::new));
        Patch<Set<Permission>> permissions = errors.attempt(() -> body.permissions().map(IdentityFields::permissions));
        errors.throwIfAny();

        respond(ctx, update.update(RequestActors.of(ctx),
                new UpdateRoleCommand(id, Versions.expected(ctx), name, description, permissions, body.active())));
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), new RoleId(PathIds.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void respond(Context ctx, RoleView view) {
        Versions.respond(ctx, view.version(), RoleResponse.of(view));
    }
}
