package io.aegis.adapters.web;

import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.in.CredentialUse;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.Optional;

/**
 * Proves who is calling, before a protected route runs: the {@code Authorization: Bearer} credential (a
 * login token or an API key) becomes the request's {@link Actor}. What the actor may do is decided by the
 * use cases, never here.
 */
public final class RequestAuthenticator {

    private static final String ATTRIBUTE = RequestAuthenticator.class.getName();
    private static final String BEARER = "Bearer ";

    private final AuthenticateUseCase authenticate;

    RequestAuthenticator(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** {@code route}'s handler, run only for an authenticated caller whom the route serves. */
    Handler protect(ApiRoute route) {
        CredentialUse use = route.access() == ApiRoute.Access.DURING_PASSWORD_CHANGE ? CredentialUse.PASSWORD_CHANGE
                : CredentialUse.EVERYTHING;
        Handler handler = route.handler();
        return ctx -> {
            attach(ctx, authenticate.authenticate(credential(ctx), origin(ctx), use));
            handler.handle(ctx);
        };
    }

    /** Makes {@code actor} the request's caller: for the pages, whose credential comes in a cookie. */
    static void attach(Context ctx, Actor actor) {
        ctx.attribute(ATTRIBUTE, actor);
    }

    /** The authenticated actor of a protected route's request; empty on a public route. */
    public static Optional<Actor> actorOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    public static RequestOrigin origin(Context ctx) {
        return new RequestOrigin(RequestIds.of(ctx), ctx.ip(), ctx.userAgent(), "", RequestIds.clientIdOf(ctx));
    }

    private static String credential(Context ctx) {
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("this route needs an Authorization: Bearer credential");
        }
        return header.substring(BEARER.length()).strip();
    }
}
