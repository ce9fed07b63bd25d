package io.aegis.adapters.web.request;

import io.aegis.adapters.web.RequestAuthenticator;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** Who is calling, for a controller to hand to its use case. */
public final class RequestActors {

    private RequestActors() {
    }

    /**
     * The authenticated actor on a protected route; on a public route an anonymous actor with no
     * permission at all, so that a use case reached from there refuses anything it guards.
     */
    public static Actor of(Context ctx) {
        return RequestAuthenticator.actorOf(ctx)
                .orElseGet(() -> new Actor(Optional.empty(), "anonymous", Set.of(), origin(ctx)));
    }

    /** Where the request came from, for use cases that run before anyone is authenticated (login). */
    public static RequestOrigin origin(Context ctx) {
        return RequestAuthenticator.origin(ctx);
    }
}
