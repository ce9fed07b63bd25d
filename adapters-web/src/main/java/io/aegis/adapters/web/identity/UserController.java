package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.DeactivateUserUseCase;
import io.aegis.application.identity.port.in.GetUserUseCase;
import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.ListUsersUseCase;
import io.aegis.application.identity.port.in.PasswordResetView;
import io.aegis.application.identity.port.in.ResetPasswordCommand;
import io.aegis.application.identity.port.in.ResetPasswordUseCase;
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
public record UserController(CreateUserUseCase create, GetUserUseCase get, ListUsersUseCase list,
                             UpdateUserUseCase update, DeactivateUserUseCase deactivate, SetUserRolesUseCase setRoles,
                             ResetPasswordUseCase resetPassword) implements Controller {

    static final String PATH = "/users";
    static final Set<String> FILTERS = Set.of("q", "is_active", "include_inactive", "role_id");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::deactivate,
                ApiRoute.put(PATH + "/{id}/roles", this::setRoles),
                ApiRoute.post(PATH + "/{id}/password", this::resetPassword));
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
                new CreateUserCommand(username, email, password, profile, preferences, roles,
                        !Boolean.FALSE.equals(body.mustChangePassword())));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, get.get(RequestActors.of(ctx), new UserId(PathIds.id(ctx, "id"))));
    }

    private void list(Context ctx) {
        ListParams<UserSortField> params = ListParams.parse(ctx, UserSortField.class, FILTERS);
        ctx.json(ListResponse.of(list.list(RequestActors.of(ctx), query(params)), UserResponse::of));
    }

    /** The list's query from its parameters; also the users page's, which reads the same ones from its URL. */
    static ListUsersQuery query(ListParams<UserSortField> params) {
        return new ListUsersQuery(params.text("q"), IdentityFields.activity(params),
                params.id("role_id").map(RoleId::new), params.sort(), params.page());
    }

    private void update(Context ctx) {
        UserId id = new UserId(PathIds.id(ctx, "id"));
        UpdateUserRequest body = JsonBodies.readChanges(ctx, UpdateUserRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<Username> username = errors.attempt(() -> body.username().map(Username::new));
        Patch<EmailAddress> email = errors.attempt(() -> body.email().map(EmailAddress::new));
        UserProfileChanges profile = errors.attempt(() -> new UserProfileChanges(body.fullName(), body.department(),
                body.jobTitle(), body.phone(), body.profilePicture(), body.azureAdId()));
        Patch<Preferences> preferences = errors.attempt(
                () -> body.preferences().map(node -> IdentityFields.preferences(node).orElse(null)));
        errors.throwIfAny();

        respond(ctx, update.update(RequestActors.of(ctx), new UpdateUserCommand(id, Versions.expected(ctx), username,
                email, profile, preferences, body.active(), body.verified())));
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

    /** Absent {@code new_password}: Aegis generates one and answers it this once. */
    private void resetPassword(Context ctx) {
        UserId id = new UserId(PathIds.id(ctx, "id"));
        ResetPasswordRequest body = JsonBodies.read(ctx, ResetPasswordRequest.class);
        FieldErrors errors = new FieldErrors();
        Optional<PlainPassword> chosen = errors.optional(body.newPassword(),
                raw -> IdentityFields.asField("new_password", () -> new PlainPassword(raw)));
        errors.throwIfAny();

        PasswordResetView reset = IdentityFields.asField("new_password",
                () -> resetPassword.reset(RequestActors.of(ctx), new ResetPasswordCommand(id, chosen)));
        ctx.json(new PasswordResetResponse(reset.userId(), reset.generatedPassword().orElse(null)));
    }

    /** Also used by {@code /me}, which shows the same resource. */
    static void respond(Context ctx, UserView view) {
        Versions.respond(ctx, view.version(), UserResponse.of(view));
    }
}
