package io.aegis.adapters.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request body before any route reads it: 413 when its declared length is larger than the route's limit,
 * 415 when it is not one of the media types the API speaks. Runs for the API's matched routes only, so an
 * unknown path stays a 404 and a wrong method a 405. A chunked body over the limit never gets here:
 * {@link BufferedBodyHandler} refuses it while reading it.
 */
final class RequestBodyGuard {

    /** Every media type a request body may have; the upload routes are the multipart ones. */
    private static final Set<String> ACCEPTED_MEDIA_TYPES = Set.of("application/json", "multipart/form-data");
    private static final Set<HandlerType> METHODS_WITH_BODY = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH);

    private final BodyLimits limits;

    RequestBodyGuard(BodyLimits limits) {
        this.limits = limits;
    }

    /** A before-matched handler for {@code /api/v1/*}. */
    void check(Context ctx) {
        long declaredLength = ctx.req().getContentLengthLong();
        boolean chunked = ctx.header(Header.TRANSFER_ENCODING) != null;
        if (!METHODS_WITH_BODY.contains(ctx.method()) || (declaredLength <= 0 && !chunked)) {
            return;
        }
        long maxBytes = limits.forPath(ctx.path());
        if (declaredLength > maxBytes) {
            throw new ContentTooLargeResponse("a request body may have at most " + maxBytes + " bytes");
        }
        if (!ACCEPTED_MEDIA_TYPES.contains(mediaType(ctx.contentType()))) {
            throw new UnsupportedMediaTypeResponse("a request body must be one of " + ACCEPTED_MEDIA_TYPES);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
