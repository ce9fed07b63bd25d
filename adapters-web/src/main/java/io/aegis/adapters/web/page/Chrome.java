package io.aegis.adapters.web.page;

import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.port.Actor;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * What frames every page (layout.jte): its title, where the viewer is, who is signed in, the sections they may
 * open, and the CSRF token their forms carry.
 *
 * @param section  the navigation entry to mark current; empty for pages outside the navigation
 * @param userName the signed-in user; empty on the sign-in page
 */
public record Chrome(String title, Optional<Section> section, Optional<String> userName, List<Section> sections,
                     String csrfToken) {

    /** The frame of a page a signed-in user opened. */
    public static Chrome of(Context ctx, String title, Section section) {
        return signedIn(ctx, title, Optional.of(section));
    }

    /** The frame of a signed-in page outside the navigation (the account, errors). */
    public static Chrome outsideNavigation(Context ctx, String title) {
        return signedIn(ctx, title, Optional.empty());
    }

    /** The frame of a page for visitors who are not signed in. */
    public static Chrome visitor(String title) {
        return new Chrome(title, Optional.empty(), Optional.empty(), List.of(), "");
    }

    private static Chrome signedIn(Context ctx, String title, Optional<Section> section) {
        Actor actor = RequestActors.of(ctx);
        if (actor.userId().isEmpty()) {
            return visitor(title);
        }
        return new Chrome(title, section, Optional.of(actor.name()), Section.openTo(actor), Csrf.of(ctx));
    }

    public boolean signedIn() {
        return userName.isPresent();
    }

    public boolean isCurrent(Section candidate) {
        return section.filter(candidate::equals).isPresent();
    }
}
