package io.aegis.adapters.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One route of the REST API. The server registers exactly these, the OpenAPI test compares the document
 * with them, and the access-control tests enumerate them: one table, no route outside it.
 *
 * @param path relative to {@code /api/v1}, in Javalin's syntax: {@code /asset-categories/{id}}
 */
public record ApiRoute(HandlerType method, String path, Handler handler) {

    public static ApiRoute get(String path, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, handler);
    }

    public static ApiRoute post(String path, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, handler);
    }

    public static ApiRoute patch(String path, Handler handler) {
        return new ApiRoute(HandlerType.PATCH, path, handler);
    }

    public static ApiRoute put(String path, Handler handler) {
        return new ApiRoute(HandlerType.PUT, path, handler);
    }

    public static ApiRoute delete(String path, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, handler);
    }
}
