package io.aegis.adapters.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One page (or form target) of the web interface, the browser's counterpart of {@link ApiRoute}: the server
 * registers exactly these, each behind the session cookie unless declared {@link #open()}, and every {@code POST}
 * behind the same-origin and CSRF checks.
 *
 * @param path   absolute, in Javalin's syntax: {@code /risks/{id}}
 * @param access who may open it: {@link Access#SIGNED_IN} unless declared otherwise
 */
public record PageRoute(HandlerType method, String path, Handler handler, Access access) {

    public enum Access {
        /** Anyone: the sign-in page. */
        PUBLIC,
        /** A signed-in user whose password needs no change. */
        SIGNED_IN,
        /** A signed-in user, also one who must change their password first: that change and signing out only. */
        DURING_PASSWORD_CHANGE
    }

    public static PageRoute get(String path, Handler handler) {
        return new PageRoute(HandlerType.GET, path, handler, Access.SIGNED_IN);
    }

    public static PageRoute post(String path, Handler handler) {
        return new PageRoute(HandlerType.POST, path, handler, Access.SIGNED_IN);
    }

    /** The same page, open to a user who must change their password before anything else. */
    public PageRoute duringPasswordChange() {
        return new PageRoute(method, path, handler, Access.DURING_PASSWORD_CHANGE);
    }

    /** The same page, for visitors who are not signed in. */
    public PageRoute open() {
        return new PageRoute(method, path, handler, Access.PUBLIC);
    }
}
