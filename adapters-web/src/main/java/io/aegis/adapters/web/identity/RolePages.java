package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pager;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.identity.port.in.CreateRoleCommand;
import io.aegis.application.identity.port.in.CreateRoleUseCase;
import io.aegis.application.identity.port.in.GetRoleUseCase;
import io.aegis.application.identity.port.in.ListRolesUseCase;
import io.aegis.application.identity.port.in.RoleSortField;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.in.UpdateRoleCommand;
import io.aegis.application.identity.port.in.UpdateRoleUseCase;
import io.aegis.application.port.Page;
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

/**
 * Roles in the browser: the list, and one form to create a role or change one, its permissions as checkboxes. The
 * same use cases as {@code /roles}; a built-in role's refusal comes from them.
 */
public record RolePages(ListRolesUseCase list, GetRoleUseCase get, CreateRoleUseCase create, UpdateRoleUseCase update)
        implements PageController {

    static final String ROLES = AdministrationPages.ADMIN + "/roles";

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(ROLES, this::roles),
                PageRoute.get(ROLES + "/new", this::newRoleForm),
                PageRoute.post(ROLES, this::createRole),
                PageRoute.get(ROLES + "/{id}", this::rolePage),
                PageRoute.post(ROLES + "/{id}", this::changeRole));
    }

    private void roles(Context ctx) {
        ListParams<RoleSortField> params = ListParams.parse(ctx, RoleSortField.class, RoleController.FILTERS);
        Page<RoleView> page = list.list(RequestActors.of(ctx), RoleController.query(params));
        Pages.render(ctx, "identity/roles.jte", new RolesPage(Chrome.of(ctx, "Roles", Section.ADMINISTRATION),
                page.items(), Pager.of(ctx, page)));
    }

    private void newRoleForm(Context ctx) {
        render(ctx, RoleForm.blank(), FormErrors.none());
    }

    private void createRole(Context ctx) {
        RoleForm typed = RoleForm.typed(ctx, Optional.empty());
        FormErrors.whenRefused(() -> {
            Checked role = typed.checked();
            RoleView created = create.create(RequestActors.of(ctx), new CreateRoleCommand(role.name(),
                    role.description(), role.permissions()));
            Pages.seeOther(ctx, ROLES + "/" + created.id());
        }).ifPresent(errors -> render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), typed, errors));
    }

    private void rolePage(Context ctx) {
        RoleView role = get.get(RequestActors.of(ctx), new RoleId(PathIds.id(ctx, "id")));
        render(ctx, RoleForm.of(role), FormErrors.none());
    }

    private void changeRole(Context ctx) {
        RoleView role = get.get(RequestActors.of(ctx), new RoleId(PathIds.id(ctx, "id")));
        RoleForm typed = RoleForm.typed(ctx, Optional.of(role));
        FormErrors.whenRefused(() -> {
            Checked checked = typed.checked();
            // only what the form changed: a built-in role refuses a rename or regrant, not its unchanged values
            RoleForm stored = RoleForm.of(role);
            update.update(RequestActors.of(ctx), new UpdateRoleCommand(new RoleId(role.id()),
                    FormVersions.edited(ctx),
                    changed(stored.name(), typed.name(), checked.name()),
                    changed(stored.descriptionText(), typed.descriptionText(), checked.description().orElse(null)),
                    changed(stored.permissionKeys(), typed.permissionKeys(), checked.permissions()),
                    Patch.keep()));
            Pages.seeOther(ctx, ROLES + "/" + role.id());
        }).ifPresent(errors -> {
            RoleView now = get.get(RequestActors.of(ctx), new RoleId(role.id()));
            boolean changedMeanwhile = !FormVersions.of(now.version()).equals(typed.version());
            // the form keeps what was typed, now over the stored version: saving again is a decision, not a retry
            render(ctx.status(changedMeanwhile ? HttpStatus.PRECONDITION_FAILED : HttpStatus.UNPROCESSABLE_CONTENT),
                    typed.atVersionOf(now), changedMeanwhile ? FormErrors.ofForm("Someone else changed this role"
                            + " after you opened the form. Nothing of yours was saved. It now grants: "
                            + (now.permissions().isEmpty() ? "nothing" : String.join(", ", now.permissions()))
                            + "; its description reads: " + (now.description() == null ? "(none)" : now.description())
                            + ". The form below still holds yours: saving it again replaces theirs.") : errors);
        });
    }

    private static <T> Patch<T> changed(Object stored, Object typed, T value) {
        return stored.equals(typed) ? Patch.keep() : Patch.set(value);
    }

    private void render(Context ctx, RoleForm form, FormErrors errors) {
        String title = form.existing().map(role -> "Role " + role.name()).orElse("Add a role");
        Pages.render(ctx, "identity/role.jte", new RolePage(Chrome.of(ctx, title, Section.ADMINISTRATION), form,
                IdentityFields.permissionOptions(form.permissionKeys()), errors));
    }

    /**
     * The role form's values: a role's as stored, or what was typed.
     *
     * @param existing the role being changed; empty for a new one
     * @param version  the existing role's version the form showed ({@link FormVersions}), empty for a new role
     */
    public record RoleForm(Optional<RoleView> existing, String name, String descriptionText, Set<String> permissionKeys,
                           String version) {

        static RoleForm blank() {
            return new RoleForm(Optional.empty(), "", "", Set.of(), "");
        }

        static RoleForm of(RoleView role) {
            return new RoleForm(Optional.of(role), role.name(), role.description() == null ? "" : role.description(),
                    Set.copyOf(role.permissions()), FormVersions.of(role.version()));
        }

        /** What the form sent; the version is the one it showed, to show again should the server refuse it. */
        static RoleForm typed(Context ctx, Optional<RoleView> existing) {
            return new RoleForm(existing, Optional.ofNullable(ctx.formParam("name")).orElse("").strip(),
                    Optional.ofNullable(ctx.formParam("description")).orElse("").strip(),
                    Set.copyOf(ctx.formParams("permissions")), Optional.ofNullable(ctx.formParam("version")).orElse(""));
        }

        /** The same values, to be saved over the version of {@code stored}. */
        RoleForm atVersionOf(RoleView stored) {
            return new RoleForm(Optional.of(stored), name, descriptionText, permissionKeys,
                    FormVersions.of(stored.version()));
        }

        /** The typed values as the domain takes them; every refused field reported at once. */
        Checked checked() {
            FieldErrors errors = new FieldErrors();
            RoleName roleName = errors.attempt(() -> new RoleName(name));
            Optional<Description> description = errors.attempt(() -> descriptionText.isEmpty() ? Optional.empty()
                    : Optional.of(new Description(descriptionText)));
            Set<Permission> permissions = errors.attempt(
                    () -> IdentityFields.permissions(List.copyOf(permissionKeys)));
            errors.throwIfAny();
            return new Checked(roleName, description, permissions);
        }
    }

    /** A role form's values, checked. */
    record Checked(RoleName name, Optional<Description> description, Set<Permission> permissions) {
    }

    public record RolesPage(Chrome chrome, List<RoleView> roles, Pager pager) {
    }

    public record RolePage(Chrome chrome, RoleForm form, List<Option> permissions, FormErrors errors) {
    }
}
