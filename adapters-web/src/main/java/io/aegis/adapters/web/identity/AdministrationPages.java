package io.aegis.adapters.web.identity;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /admin}: what the viewer may administer. Only links: each page behind them asks its use case, which checks
 * the permission, so an entry shown here to someone who may not use it would still be refused.
 */
public record AdministrationPages() implements PageController {

    static final String ADMIN = "/admin";

    @Override
    public List<PageRoute> pages() {
        return List.of(PageRoute.get(ADMIN, this::index));
    }

    private void index(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        List<Entry> entries = Entry.ALL.stream().filter(entry -> actor.may(entry.needed())).toList();
        Pages.render(ctx, "identity/administration.jte",
                new IndexPage(Chrome.of(ctx, "Administration", Section.ADMINISTRATION), entries));
    }

    /** One thing to administer, shown to those with the permission its list needs. */
    public record Entry(String label, String path, String summary, Permission needed) {

        static final List<Entry> ALL = List.of(
                new Entry("Users", UserPages.USERS, "Who may sign in, their roles, deactivation.",
                        Permission.USER_READ),
                new Entry("Roles", RolePages.ROLES, "Named sets of permissions that users hold.",
                        Permission.USER_READ),
                // the audit context's page; its path is written here once, as the audit pages answer it
                new Entry("Audit log", "/admin/audit", "Every change and refusal, and the check of its hash chain.",
                        Permission.AUDIT_READ),
                // the risk context's page, likewise
                new Entry("Risk matrices", "/admin/risk-matrices", "The grids risks are rated on, and their bands.",
                        Permission.MATRIX_WRITE));
    }

    public record IndexPage(Chrome chrome, List<Entry> entries) {
    }
}
