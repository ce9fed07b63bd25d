package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's id: a new UUID, whatever the client sends, so that ids in logs and audit rows are unique and
 * nobody can choose or reuse one. A well-formed {@code X-Request-Id} from the client is kept beside it, as the
 * client's id, for correlation with the client's own logs. Logs carry the id through the MDC ({@link #MDC_KEY});
 * code that needs it as data (problem bodies, the actor's origin) reads it here, since the MDC is empty when no
 * logging backend is present.
 */
public final class RequestIds {

    public static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final String CLIENT_ATTRIBUTE = ATTRIBUTE + ".client";
    /** Strict, so a client cannot smuggle line breaks or markup into logs and audit rows. */
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id of the request {@code ctx} belongs to. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The client's own id for the request, or an empty string when it sent none (or a malformed one). */
    public static String clientIdOf(Context ctx) {
        String client = ctx.attribute(CLIENT_ATTRIBUTE);
        return client == null ? "" : client;
    }

    /** Gives a request that just arrived its id, keeps the client's, and attaches both to the request. */
    static String assign(HttpServletRequest request) {
        String offered = request.getHeader(Header.X_REQUEST_ID);
        if (offered != null && CLIENT_ID.matcher(offered).matches()) {
            request.setAttribute(CLIENT_ATTRIBUTE, offered);
        }
        String id = generate();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** A new request id; also for the requests Jetty refuses before the servlet layer, which never get one. */
    static String generate() {
        return UUID.randomUUID().toString();
    }
}
