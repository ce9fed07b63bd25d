package io.aegis.adapters.web.evidence;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.InputStream;

/**
 * An evidence upload's body as it arrives, held to a pace. The upload is streamed, not buffered ahead of the route
 * as other bodies are, so a trickling client holds a thread rather than a socket; after a grace of
 * {@link #GRACE_NANOS} it must have sent {@link #MIN_BYTES_PER_SECOND} on average, else 408. Jetty's idle timeout
 * ends a client that sends nothing at all. With {@link EvidenceUploads#MAX_CONCURRENT_UPLOADS}, a slow client
 * can hold few threads, and each for a bounded time.
 */
final class UploadPace extends WatchedInput {

    static final long MIN_BYTES_PER_SECOND = 8 * 1024;
    private static final long GRACE_NANOS = 30_000_000_000L;

    private final long start = System.nanoTime();
    private long received;

    UploadPace(InputStream body) {
        super(body);
    }

    @Override
    void read(int count) {
        received += Math.max(count, 0);
        long elapsed = System.nanoTime() - start;
        if (count >= 0 && elapsed > GRACE_NANOS && received < MIN_BYTES_PER_SECOND * (elapsed / 1_000_000_000L)) {
            throw new HttpResponseException(HttpStatus.REQUEST_TIMEOUT.getCode(), "the upload arrived slower than "
                    + MIN_BYTES_PER_SECOND + " bytes a second");
        }
    }
}
