package io.aegis.adapters.web.auth;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.ApiKeyCreatedView;
import io.aegis.application.identity.port.in.ApiKeySortField;
import io.aegis.application.identity.port.in.CreateApiKeyCommand;
import io.aegis.application.identity.port.in.CreateApiKeyUseCase;
import io.aegis.application.identity.port.in.GetApiKeyUseCase;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.in.ListApiKeysUseCase;
import io.aegis.application.identity.port.in.ListUserApiKeysUseCase;
import io.aegis.application.identity.port.in.RevokeApiKeyUseCase;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api-keys}: long-lived credentials for machines, acting for the user who creates them; and
 * {@code /users/{id}/api-keys}, where administrators find any user's keys.
 */
public record ApiKeyController(CreateApiKeyUseCase create, ListApiKeysUseCase list, GetApiKeyUseCase get,
                               ListUserApiKeysUseCase listOfUser, RevokeApiKeyUseCase revoke) implements Controller {

    private static final String PATH = "/api-keys";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.delete(PATH + "/{id}", this::revoke),
                ApiRoute.get("/users/{id}/api-keys", this::listOfUser));
    }

    private void create(Context ctx) {
        CreateApiKeyRequest body = JsonBodies.read(ctx, CreateApiKeyRequest.class);
        if (body.name() == null) {
            throw BadRequestException.forField("name", "is required");
        }
        ApiKeyCreatedView created = create.create(RequestActors.of(ctx), new CreateApiKeyCommand(body.name(),
                Optional.ofNullable(body.permissions()).map(ApiKeyController::permissions),
                Optional.ofNullable(body.expiresAt())));
        Locations.created(ctx, PATH, created.key().id()).json(ApiKeyResponse.of(created.key(), created.secret()));
    }

    private void list(Context ctx) {
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(ctx)), view -> ApiKeyResponse.of(view, null)));
    }

    private void get(Context ctx) {
        ctx.json(ApiKeyResponse.of(get.get(RequestActors.of(ctx), PathIds.id(ctx, "id")), null));
    }

    private void listOfUser(Context ctx) {
        UserId user = new UserId(PathIds.id(ctx, "id"));
        ctx.json(ListResponse.of(listOfUser.list(RequestActors.of(ctx), user, query(ctx)),
                view -> ApiKeyResponse.of(view, null)));
    }

    /** Both lists take paging and sorting only: any other parameter is a 400. */
    private static ListApiKeysQuery query(Context ctx) {
        ListParams<ApiKeySortField> params = ListParams.parse(ctx, ApiKeySortField.class, Set.of());
        return new ListApiKeysQuery(params.sort(), params.page());
    }

    private void revoke(Context ctx) {
        revoke.revoke(RequestActors.of(ctx), PathIds.id(ctx, "id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static Set<Permission> permissions(List<String> keys) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String key : keys) {
            permissions.add(Permission.fromKey(key).orElseThrow(() -> new InvalidValueException("permissions",
                    "'" + key + "' is not a permission")));
        }
        return permissions;
    }
}
