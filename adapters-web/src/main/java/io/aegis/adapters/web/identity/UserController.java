package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PatchBody;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.DeactivateUserUseCase;
import io.aegis.application.identity.port.in.GetUserUseCase;
import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.ListUsersUseCase;
import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.SetUserRolesUseCase;
import io.aegis.application.identity.port.in.UpdateUserCommand;
import io.aegis.application.identity.port.in.UpdateUserUseCase;
import io.aegis.application.identity.port.in.UserProfileChanges;
import io.aegis.application.identity.port.in.UserSortField;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.Patch;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /users}: parses and checks the syntax, builds the command, calls the use case. */
public final class UserController implements Controller {

    static final String PATH = "/users";
    private static final Set<String> FILTERS = Set.of("q", "is_active", "include_inactive", "role_id");
    private static final Set<String> PATCHABLE = Set.of("username", "email", "full_name", "department", "job_title",
            "phone", "profile_picture", "azure_ad_id", "preferences", "is_active", "is_verified");

    private final CreateUserUseCase create;
    private final GetUserUseCase get;
    private final ListUsersUseCase list;
    private final UpdateUserUseCase update;
    private final DeactivateUserUseCase deactivate;
    private final SetUserRolesUseCase setRoles;

    public UserController(CreateUserUseCase create, GetUserUseCase get, ListUsersUseCase list,
                          UpdateUserUseCase update, DeactivateUserUseCase deactivate, SetUserRolesUseCase setRoles) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.deactivate = deactivate;
        this.setRoles = setRoles;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.patch(PATH + "/{id}", this::update),
                ApiRoute.delete(PATH + "/{id}", this::deactivate),
                ApiRoute.put(PATH + "/{id}/roles", this::setRoles));
    }

    private void create(Context ctx) {
        CreateUserRequest body = JsonBodies.read(ctx, CreateUserRequest.class);
        FieldErrors errors = new FieldErrors();
        Username username = errors.attempt(() -> new Username(body.username()));
        EmailAddress email = errors.attempt(() -> new EmailAddress(body.email()));
        PlainPassword password = errors.attempt(() -> new PlainPassword(body.password()));
        UserProfile profile = errors.attempt(() -> new UserProfile(body.fullName(), body.department(),
                body.jobTitle(), body.phone(), body.profilePicture(), body.azureAdId()));
        Optional<Preferences> preferences = errors.attempt(() -> IdentityFields.preferences(body.preferences()));
        Set<RoleId> roles = errors.attempt(() -> IdentityFields.roleIds(body.roleIds()));
        errors.throwIfAny();

        UserView created = create.create(RequestActors.of(ctx),
                new CreateUserCommand(username, email, password, profile, preferences, roles));
        Locations.created(ctx, PATH, created.id());
        respond(ctx, created).status(HttpStatus.CREATED);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new UserId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<UserSortField> params = ListParams.parse(ctx, UserSortField.class, FILTERS);
        ListUsersQuery query = new ListUsersQuery(params.text("q"), IdentityFields.activity(params),
                params.id("role_id").map(RoleId::new), params.sort(), params.page());
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query), UserResponse::of));
    }

    private void update(Context ctx) {
        UserId id = new UserId(PathIds.id(ctx, "id"));
        PatchBody body = PatchBody.read(ctx, PATCHABLE);
        FieldErrors errors = new FieldErrors();
        Patch<Username> username = errors.attempt(() -> body.requiredText("username").map(Username::new));
        Patch<EmailAddress> email = errors.attempt(() -> body.requiredText("email").map(EmailAddress::new));
        UserProfileChanges profile = errors.attempt(() -> new UserProfileChanges(body.text("full_name"),
                body.text("department"), body.text("job_title"), body.text("phone"), body.text("profile_picture"),
                body.text("azure_ad_id")));
        Patch<Preferences> preferences = errors.attempt(() -> IdentityFields.preferencesPatch(body));
        Patch<Boolean> active = body.flag("is_active");
        Patch<Boolean> verified = body.flag("is_verified");
        errors.throwIfAny();

        respond(ctx, update.update(RequestActors.of(ctx), new UpdateUserCommand(id, Versions.expected(ctx), username,
                email, profile, preferences, active, verified)));
    }

    private void deactivate(Context ctx) {
        deactivate.deactivate(RequestActors.of(ctx), new UserId(PathIds.id(ctx, "id")));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void setRoles(Context ctx) {
        UserId id = new UserId(PathIds.id(ctx, "id"));
        SetUserRolesRequest body = JsonBodies.read(ctx, SetUserRolesRequest.class);
        if (body.roleIds() == null) {
            throw BadRequestException.forField("role_ids", "is required; [] removes every role");
        }
        FieldErrors errors = new FieldErrors();
        Set<RoleId> roles = errors.attempt(() -> IdentityFields.roleIds(body.roleIds()));
        errors.throwIfAny();

        respond(ctx, setRoles.setRoles(RequestActors.of(ctx),
                new SetUserRolesCommand(id, Versions.expected(ctx), roles)));
    }


    /** Also used by {@code /me}, which shows the same resource. */
    static Context respond(Context ctx, UserView view) {
        Versions.tag(ctx, view.version());
        return ctx.json(UserResponse.of(view));
    }
}
