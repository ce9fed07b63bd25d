package io.aegis.adapters.web.request;

import io.aegis.adapters.web.WebServer;
import io.javalin.http.Context;

/** The {@code Location} of a resource a POST created: where a client reads it from now on. */
public final class Locations {

    private Locations() {
    }

    /** @param collection the collection's path under the API base, e.g. {@code /risks} */
    public static void created(Context ctx, String collection, long id) {
        ctx.header("Location", ctx.contextPath() + WebServer.API_BASE + collection + "/" + id);
    }
}
