package io.aegis.adapters.web.request;

import io.aegis.adapters.web.RequestIds;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import io.aegis.application.port.RequestOrigin;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Who is calling. Authentication is not built yet (it comes with the identity work): until then every
 * caller acts as one anonymous operator holding every permission, which is why Aegis must not yet be
 * exposed beyond a trusted network. The use cases already check permissions, so only this class changes
 * when tokens arrive.
 */
public final class RequestActors {

    private RequestActors() {
    }

    public static Actor of(Context ctx) {
        RequestOrigin origin = new RequestOrigin(RequestIds.of(ctx), ctx.ip(), ctx.userAgent(), "");
        return new Actor(Optional.empty(), "anonymous", EnumSet.allOf(Permission.class), origin);
    }
}
