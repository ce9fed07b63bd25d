package io.aegis.adapters.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reads each request body whole, without holding a thread, before the servlet layer sees the request. Javalin
 * reads bodies with blocking I/O: a client trickling a byte every few seconds held a thread for as long as it
 * liked, and a few hundred such clients held them all (issue #8). Here a body costs its bytes and a socket until
 * <ul>
 *   <li>it is whole: the request goes on, its body served from memory;</li>
 *   <li>it passes the route's size limit ({@link BodyLimits}): 413, also when it is chunked. Up to
 *       {@link #SWALLOW_BYTES} more are read and dropped first, as Tomcat does: a server that closes on unread
 *       bytes makes the client's TCP stack reset the connection, and the reset can discard the 413 before the
 *       client reads it;</li>
 *   <li>the deadline passes, or the client stops sending for the idle timeout: 408;</li>
 *   <li>the client leaves: one line at INFO, since nobody is left to answer.</li>
 * </ul>
 * A body declared larger than the limit goes on unread: RequestBodyGuard refuses it without reading it, and an
 * unknown route stays a 404. So does the body of a streamed route ({@link BodyLimits#streams}, an evidence upload,
 * larger than memory): its route reads it as it arrives and keeps slow clients in check itself.
 */
final class BufferedBodyHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(BufferedBodyHandler.class);
    private static final long SWALLOW_BYTES = 2L * 1024 * 1024;

    private final BodyLimits limits;
    private final Duration deadline;

    /** @param deadline how long a body may take to arrive whole, counted from the request's headers */
    BufferedBodyHandler(BodyLimits limits, Duration deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        long maxBytes = limits.forPath(path);
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if ((declared <= 0 && !chunked) || declared > maxBytes || limits.streams(path)) {
            return super.handle(request, response, callback);
        }
        new BodyReader(request, response, callback, maxBytes).run();
        return true;
    }

    /** Reads one body as its bytes arrive; Jetty calls {@link #run} on a pool thread whenever more are there. */
    private final class BodyReader implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long maxBytes;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        /** Bytes dropped after the body passed the limit; -1 while it is within it. Read by the expiry too. */
        private volatile long swallowed = -1;
        /** Set by whichever comes first: the whole body, a refusal, the deadline, the client leaving. */
        private final AtomicBoolean settled = new AtomicBoolean();
        private final Scheduler.Task expiry;

        BodyReader(Request request, Response response, Callback callback, long maxBytes) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.maxBytes = maxBytes;
            this.expiry = request.getComponents().getScheduler().schedule(
                    () -> refuse(lateStatus()), deadline);
        }

        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    fail(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                int size = chunk.remaining();
                if (swallowed < 0 && body.size() + size > maxBytes) {
                    swallowed = 0;
                }
                if (swallowed < 0) {
                    byte[] bytes = new byte[size];
                    chunk.getByteBuffer().get(bytes);
                    body.writeBytes(bytes);
                } else {
                    swallowed += size;
                }
                chunk.release();
                if (swallowed >= 0 && (last || swallowed > SWALLOW_BYTES)) {
                    refuse(HttpStatus.PAYLOAD_TOO_LARGE_413);
                    return;
                }
                if (last) {
                    proceed();
                    return;
                }
            }
        }

        private void proceed() {
            if (!settle()) {
                return;
            }
            Request whole = new WholeBodyRequest(request, body.toByteArray());
            try {
                if (!BufferedBodyHandler.super.handle(whole, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        }

        private void refuse(int status) {
            if (settle()) {
                Response.writeError(request, response, callback, status);
            }
        }

        /** A timeout is Jetty's idle timeout, the client sending nothing for a while; anything else, its leaving. */
        private void fail(Throwable failure) {
            if (failure instanceof TimeoutException) {
                refuse(lateStatus());
            } else if (settle()) {
                logClientLeft();
                callback.failed(failure);
            }
        }

        /** A body too slow is 408, unless it had passed the limit already. */
        private int lateStatus() {
            return swallowed < 0 ? HttpStatus.REQUEST_TIMEOUT_408 : HttpStatus.PAYLOAD_TOO_LARGE_413;
        }

        private void logClientLeft() {
            MDC.put(RequestIds.MDC_KEY, RequestIds.generate());
            try {
                // a client's choice, not a server fault: worth a line, not a stack trace
                LOG.info("{} {} abandoned: the client closed the connection before its body was whole",
                        request.getMethod(), request.getHttpURI().getPath());
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            expiry.cancel();
            return true;
        }
    }

    /** The request with its body read already: the servlet layer reads it from memory. */
    private static final class WholeBodyRequest extends Request.Wrapper {

        private final Content.Source body;

        WholeBodyRequest(Request request, byte[] body) {
            super(request);
            this.body = Content.Source.from(ByteBuffer.wrap(body));
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
