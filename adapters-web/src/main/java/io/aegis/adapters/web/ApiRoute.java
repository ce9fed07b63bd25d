package io.aegis.adapters.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * One route of the REST API. The server registers exactly these, the OpenAPI test compares the document
 * with them, and the access-control tests enumerate them: one table, no route outside it.
 *
 * @param path   relative to {@code /api/v1}, in Javalin's syntax: {@code /asset-categories/{id}}
 * @param access whether the caller must authenticate; routes are protected unless declared {@link #open()}, and
 *               refused to a user who must change their password unless declared {@link #duringPasswordChange()}
 */
public record ApiRoute(HandlerType method, String path, Handler handler, Access access) {

    public enum Access {
        /** Anyone may call it: health and login only. */
        PUBLIC,
        /** The caller must present a valid login token or API key. */
        AUTHENTICATED,
        /**
         * Authenticated, and also for a user who must change their password first: changing it, {@code GET /me} and
         * logging out only.
         */
        DURING_PASSWORD_CHANGE
    }

    public static ApiRoute get(String path, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, handler, Access.AUTHENTICATED);
    }

    public static ApiRoute post(String path, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, handler, Access.AUTHENTICATED);
    }

    public static ApiRoute patch(String path, Handler handler) {
        return new ApiRoute(HandlerType.PATCH, path, handler, Access.AUTHENTICATED);
    }

    public static ApiRoute put(String path, Handler handler) {
        return new ApiRoute(HandlerType.PUT, path, handler, Access.AUTHENTICATED);
    }

    public static ApiRoute delete(String path, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, handler, Access.AUTHENTICATED);
    }

    /**
     * A collection's routes: POST (create) and GET (list) on {@code path}, GET, PATCH and DELETE on
     * {@code path/{id}}; after {@code others}, because a fixed path such as {@code /assets/export} must be matched
     * before {@code /assets/{id}} would take it for a malformed id.
     */
    public static List<ApiRoute> collection(String path, Handler create, Handler list, Handler get, Handler update,
                                            Handler delete, ApiRoute... others) {
        List<ApiRoute> routes = new ArrayList<>(List.of(others));
        routes.addAll(List.of(post(path, create), get(path, list), get(path + "/{id}", get),
                patch(path + "/{id}", update), delete(path + "/{id}", delete)));
        return List.copyOf(routes);
    }

    /** The same route, open to a signed-in user who must change their password before anything else. */
    public ApiRoute duringPasswordChange() {
        return new ApiRoute(method, path, handler, Access.DURING_PASSWORD_CHANGE);
    }

    /** The same route, callable without credentials. */
    public ApiRoute open() {
        return new ApiRoute(method, path, handler, Access.PUBLIC);
    }
}
