package io.aegis.adapters.web;

import io.javalin.http.Header;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself, which Javalin never sees: a malformed or ambiguous URI, a URI or headers
 * too large, a body framed two ways, a body too slow or too large. They leave like every other error, as
 * problem+json with a request id and the security headers, instead of Jetty's HTML page.
 */
final class TransportErrorHandler extends ErrorHandler {

    TransportErrorHandler() {
        // what SecurityHeaders sends for the API; Jetty's default adds directives that say the same
        setCacheControl("no-store");
    }

    /** Every method gets a problem body, not only Jetty's GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String id = RequestIds.generate();
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(Header.X_REQUEST_ID, id);
        SecurityHeaders.applyToTransportError(headers::put);
        headers.put(Header.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // Jetty's reason for refusing a request is safe to repeat; any other message may hold internals
        String detail = code < 500 && (cause == null || cause instanceof HttpException) ? message : null;
        String body = ProblemResponses.transportProblem(code, detail, path, id);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
