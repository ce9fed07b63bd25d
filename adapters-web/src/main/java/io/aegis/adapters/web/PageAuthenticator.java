package io.aegis.adapters.web;

import io.aegis.adapters.web.page.AccountPaths;
import io.aegis.adapters.web.page.Csrf;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.in.CredentialUse;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UnauthenticatedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page request passes before its handler, the browser's counterpart of {@link RequestAuthenticator}:
 * the session cookie becomes the request's actor (through the same {@link AuthenticateUseCase}, so a revoked or
 * expired session is refused on its next request), and a form post must come from this site and carry the
 * session's CSRF token. What the actor may see or do is decided by the use cases, never here.
 */
final class PageAuthenticator {

    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    private final AuthenticateUseCase authenticate;
    private final SessionCookie cookie;

    PageAuthenticator(AuthenticateUseCase authenticate, SessionCookie cookie) {
        this.authenticate = authenticate;
        this.cookie = cookie;
    }

    Handler protect(PageRoute route) {
        boolean form = route.method() == HandlerType.POST;
        Handler handler = route.handler();
        if (route.access() == PageRoute.Access.PUBLIC) {
            return ctx -> {
                if (form) {
                    requireSameOrigin(ctx);
                }
                handler.handle(ctx);
            };
        }
        CredentialUse use = route.access() == PageRoute.Access.DURING_PASSWORD_CHANGE ? CredentialUse.PASSWORD_CHANGE
                : CredentialUse.EVERYTHING;
        return ctx -> {
            if (form) {
                requireSameOrigin(ctx);
            }
            Optional<String> secret = cookie.read(ctx);
            Optional<Actor> actor = secret.flatMap(presented -> authenticated(ctx, presented, use));
            if (actor.isEmpty()) {
                cookie.clear(ctx);
                sendToSignIn(ctx, secret.isPresent());
                return;
            }
            RequestAuthenticator.attach(ctx, actor.get());
            Csrf.remember(ctx, secret.get());
            if (form && !Csrf.matches(secret.get(), presentedToken(ctx))) {
                throw FormRefusedException.staleToken();
            }
            handler.handle(ctx);
        };
    }

    /** The session's actor; empty when the session has expired, was revoked or never existed. */
    private Optional<Actor> authenticated(Context ctx, String secret, CredentialUse use) {
        try {
            return Optional.of(authenticate.authenticate(secret, RequestAuthenticator.origin(ctx), use));
        } catch (UnauthenticatedException ended) {
            return Optional.empty();
        }
    }

    /**
     * Sends a visitor without a (valid) session to sign in, telling them when the session they had has ended;
     * afterwards they come back to the page they asked for, never to a form post.
     */
    static void sendToSignIn(Context ctx, boolean sessionEnded) {
        String back = ctx.method() == HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? ""
                : "?" + ctx.queryString()) : "/";
        List<String> parameters = new ArrayList<>();
        if (sessionEnded) {
            parameters.add(AccountPaths.SESSION_ENDED);
        }
        if (!back.equals("/")) {
            parameters.add("next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        Pages.seeOther(ctx, AccountPaths.SIGN_IN + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters)));
    }

    /** A user who must change their password sees that form before anything else. */
    static void sendToPasswordChange(Context ctx) {
        Pages.seeOther(ctx, AccountPaths.PASSWORD);
    }

    /**
     * The header (htmx, scripts), else the form's field; a multipart form may carry it in its address instead, so that
     * a streamed upload (evidence) is checked before its body is read, and never read whole to find the field.
     */
    private static String presentedToken(Context ctx) {
        String header = ctx.header(Csrf.HEADER);
        if (header != null) {
            return header;
        }
        String inAddress = ctx.isMultipartFormData() ? ctx.queryParam(Csrf.FIELD) : null;
        return inAddress != null ? inAddress : ctx.formParam(Csrf.FIELD);
    }

    /**
     * Browsers say where a request comes from: {@code Sec-Fetch-Site} (every current browser), else {@code Origin}.
     * A request with neither is not a browser's cross-site form; the CSRF token still guards it.
     */
    private static void requireSameOrigin(Context ctx) {
        String site = ctx.header(SEC_FETCH_SITE);
        if (site != null) {
            if (!site.toLowerCase(Locale.ROOT).equals("same-origin")) {
                throw FormRefusedException.crossSite();
            }
            return;
        }
        String origin = ctx.header(Header.ORIGIN);
        if (origin != null && !sameHost(origin, ctx.host())) {
            throw FormRefusedException.crossSite();
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
