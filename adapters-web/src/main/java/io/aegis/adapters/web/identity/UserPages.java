package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pager;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.DeactivateUserUseCase;
import io.aegis.application.identity.port.in.GetUserUseCase;
import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.ListRolesUseCase;
import io.aegis.application.identity.port.in.ListUsersUseCase;
import io.aegis.application.identity.port.in.PasswordResetView;
import io.aegis.application.identity.port.in.ResetPasswordCommand;
import io.aegis.application.identity.port.in.ResetPasswordUseCase;
import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.SetUserRolesUseCase;
import io.aegis.application.identity.port.in.UserRoleView;
import io.aegis.application.identity.port.in.UserSortField;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users in the browser: the list with the API's filters in its URL, the new-user form (roles by checkbox, "must
 * change password" on unless unticked), a user's page with their roles, a password reset (a generated password is
 * shown on the page that answers the reset, and never again) and deactivation. The same use cases as
 * {@code /users}.
 */
public record UserPages(ListUsersUseCase list, GetUserUseCase get, CreateUserUseCase create,
                        SetUserRolesUseCase setRoles, ResetPasswordUseCase resetPassword,
                        DeactivateUserUseCase deactivate, ListRolesUseCase roles) implements PageController {

    static final String USERS = AdministrationPages.ADMIN + "/users";
    private static final List<String> FORM_FIELDS = List.of("username", "email", "full_name");

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(USERS, this::users),
                PageRoute.get(USERS + "/new", this::newUserForm),
                PageRoute.post(USERS, this::createUser),
                PageRoute.get(USERS + "/{id}", this::userPage),
                PageRoute.post(USERS + "/{id}/roles", this::changeRoles),
                PageRoute.post(USERS + "/{id}/password", this::resetPassword),
                PageRoute.post(USERS + "/{id}/deactivate", this::deactivateUser));
    }

    private void users(Context ctx) {
        Optional<String> tidy = PageLinks.withoutEmptyParameters(ctx);
        if (tidy.isPresent()) {
            Pages.seeOther(ctx, tidy.get());
            return;
        }
        ListParams<UserSortField> params = ListParams.parse(ctx, UserSortField.class, UserController.FILTERS);
        Page<UserView> page = list.list(RequestActors.of(ctx), UserController.query(params));
        Pages.render(ctx, "identity/users.jte", new UsersPage(Chrome.of(ctx, "Users", Section.ADMINISTRATION),
                params.text("q").orElse(""), page.items().stream().map(UserRow::of).toList(), Pager.of(ctx, page)));
    }

    private void newUserForm(Context ctx) {
        renderNewUser(ctx, Map.of(), true, Set.of(), FormErrors.none());
    }

    private void createUser(Context ctx) {
        Map<String, String> typed = new HashMap<>();
        FORM_FIELDS.forEach(field -> typed.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").strip()));
        boolean mustChange = ctx.formParam("must_change_password") != null;
        Set<String> chosen = Set.copyOf(ctx.formParams("role_ids"));
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            Username username = errors.attempt(() -> new Username(typed.get("username")));
            EmailAddress email = errors.attempt(() -> new EmailAddress(typed.get("email")));
            PlainPassword password = errors.attempt(() -> new PlainPassword(ctx.formParam("password")));
            String fullName = typed.get("full_name");
            UserProfile profile = errors.attempt(() -> new UserProfile(fullName.isEmpty() ? null : fullName, null,
                    null, null, null, null));
            Set<RoleId> roleIds = errors.attempt(() -> roleIds(chosen));
            errors.throwIfAny();
            UserView created = create.create(RequestActors.of(ctx), new CreateUserCommand(username, email, password,
                    profile, Optional.empty(), roleIds, mustChange));
            Pages.seeOther(ctx, USERS + "/" + created.id());
        }).ifPresent(errors -> renderNewUser(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), typed, mustChange, chosen,
                errors));
    }

    private void userPage(Context ctx) {
        UserView user = get.get(RequestActors.of(ctx), userId(ctx));
        renderUser(ctx, user, held(user), Optional.empty(), FormErrors.none());
    }

    private void changeRoles(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        UserId id = userId(ctx);
        Set<String> chosen = Set.copyOf(ctx.formParams("role_ids"));
        FormErrors.whenRefused(() -> {
            setRoles.setRoles(actor, new SetUserRolesCommand(id, FormVersions.edited(ctx), roleIds(chosen)));
            Pages.seeOther(ctx, USERS + "/" + id.value());
        }).ifPresent(errors -> renderUser(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), get.get(actor, id), chosen,
                Optional.empty(), errors));
    }

    /** An empty password field: Aegis generates one. Either way the user must change it at the next sign-in. */
    private void resetPassword(Context ctx) {
        UserId id = userId(ctx);
        Actor actor = RequestActors.of(ctx);
        String typed = Optional.ofNullable(ctx.formParam("new_password")).orElse("");
        FormErrors.whenRefused(() -> {
            Optional<PlainPassword> chosen = typed.isEmpty() ? Optional.empty()
                    : Optional.of(IdentityFields.asField("new_password", () -> new PlainPassword(typed)));
            PasswordResetView reset = IdentityFields.asField("new_password",
                    () -> resetPassword.reset(actor, new ResetPasswordCommand(id, chosen)));
            // no redirect: this answer is the one place a generated password appears
            UserView user = get.get(actor, id);
            renderUser(ctx, user, held(user), Optional.of(reset), FormErrors.none());
        }).ifPresent(errors -> {
            UserView user = get.get(actor, id);
            renderUser(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), user, held(user), Optional.empty(), errors);
        });
    }

    private void deactivateUser(Context ctx) {
        UserId id = userId(ctx);
        Actor actor = RequestActors.of(ctx);
        FormErrors.whenRefused(() -> {
            deactivate.deactivate(actor, id);
            Pages.seeOther(ctx, USERS + "/" + id.value());
        }).ifPresent(errors -> {
            UserView user = get.get(actor, id);
            renderUser(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), user, held(user), Optional.empty(), errors);
        });
    }

    private void renderNewUser(Context ctx, Map<String, String> typed, boolean mustChange, Set<String> chosen,
                               FormErrors errors) {
        Pages.render(ctx, "identity/user-new.jte", new NewUserPage(Chrome.of(ctx, "Add a user",
                Section.ADMINISTRATION), typed, mustChange, roleOptions(ctx, chosen), errors));
    }

    private void renderUser(Context ctx, UserView user, Set<String> chosen, Optional<PasswordResetView> reset,
                            FormErrors errors) {
        Pages.render(ctx, "identity/user.jte", new UserPage(Chrome.of(ctx, user.username(), Section.ADMINISTRATION),
                user, FormVersions.of(user.version()), roleOptions(ctx, chosen), reset, errors));
    }

    /** Every active role, those in {@code chosen} (role ids as the form sends them) ticked. */
    private List<Option> roleOptions(Context ctx, Set<String> chosen) {
        ListRolesQuery active = ListRolesQuery.firstActive();
        return roles.list(RequestActors.of(ctx), new ListRolesQuery(active.text(), active.active(), active.sort(),
                        new PageRequest(PageRequest.MAX_LIMIT, 0))).items().stream()
                .map(role -> new Option(String.valueOf(role.id()), role.name(),
                        chosen.contains(String.valueOf(role.id()))))
                .toList();
    }

    private static Set<String> held(UserView user) {
        return user.roles().stream().map(role -> String.valueOf(role.id())).collect(Collectors.toSet());
    }

    private static UserId userId(Context ctx) {
        return new UserId(PathIds.id(ctx, "id"));
    }

    /** The ticked role checkboxes, as {@link IdentityFields#roleIds} takes them. */
    private static Set<RoleId> roleIds(Set<String> ticked) {
        try {
            return IdentityFields.roleIds(ticked.stream().map(Long::valueOf).toList());
        } catch (NumberFormatException notAnId) {
            throw new InvalidValueException("role_ids", "must hold role ids (positive whole numbers)");
        }
    }

    /** A line of the users list. */
    public record UserRow(long id, String username, String fullName, String email, String roles, boolean active) {

        static UserRow of(UserView user) {
            return new UserRow(user.id(), user.username(), user.fullName() == null ? "" : user.fullName(),
                    user.email(), user.roles().stream().map(UserRoleView::name).collect(Collectors.joining(", ")),
                    user.active());
        }
    }

    public record UsersPage(Chrome chrome, String q, List<UserRow> rows, Pager pager) {
    }

    /** The new-user form, with what was typed (never the password) when the server refused it. */
    public record NewUserPage(Chrome chrome, Map<String, String> typed, boolean mustChangePassword, List<Option> roles,
                              FormErrors errors) {

        public String value(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    /**
     * @param version the user's version the roles form sends back ({@link FormVersions})
     * @param reset   the password reset this page answers, whose generated password it shows this once
     */
    public record UserPage(Chrome chrome, UserView user, String version, List<Option> roles,
                           Optional<PasswordResetView> reset, FormErrors errors) {
    }
}
