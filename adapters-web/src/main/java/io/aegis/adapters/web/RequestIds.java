package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's id: the client's {@code X-Request-Id} when it is well-formed, else a new UUID. Logs carry
 * it through the MDC ({@link #MDC_KEY}); code that needs it as data (problem bodies, the actor's origin)
 * reads it here, since the MDC is empty when no logging backend is present.
 */
public final class RequestIds {

    public static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    /** Strict, so a client cannot smuggle line breaks or markup into logs and responses. */
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id of the request {@code ctx} belongs to. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** Decides the id of a request that just arrived and attaches it to the request. */
    static String assign(HttpServletRequest request) {
        String id = decide(request.getHeader(Header.X_REQUEST_ID));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * The id of a request given the {@code X-Request-Id} it {@code offered} (null for none); also for the
     * requests Jetty refuses before the servlet layer, which never get an attribute.
     */
    static String decide(String offered) {
        return offered != null && CLIENT_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
