package io.aegis.adapters.web.request;

import io.aegis.adapters.web.WebServer;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The {@code Location} of a resource a POST created: where a client reads it from now on. */
public final class Locations {

    private Locations() {
    }

    /**
     * Answers 201 Created with the new resource's {@code Location}; the caller writes the body.
     *
     * @param collection the collection's path under the API base, e.g. {@code /risks}
     */
    public static Context created(Context ctx, String collection, long id) {
        return ctx.status(HttpStatus.CREATED)
                .header("Location", ctx.contextPath() + WebServer.API_BASE + collection + "/" + id);
    }
}
