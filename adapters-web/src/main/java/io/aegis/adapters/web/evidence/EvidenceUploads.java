package io.aegis.adapters.web.evidence;

import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.UploadEvidenceUseCase;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;

/**
 * Evidence uploads as the API and the upload page take them: the body streamed from the request (the server does not
 * buffer these routes: {@code Controller.streamedBodies}), at a pace ({@link UploadPace}), at most
 * {@link #MAX_CONCURRENT_UPLOADS} at once on this node (503 with {@code Retry-After} beyond), the file at most
 * {@code AEGIS_MAX_EVIDENCE_BYTES} (413). A refused body is read on a little (up to {@link #DRAIN_BYTES}) before the
 * answer, as the buffered routes do, so that the client reads the 413 instead of a reset connection.
 */
public final class EvidenceUploads {

    /** Streamed uploads hold a thread each while they arrive: these many at most. */
    static final int MAX_CONCURRENT_UPLOADS = 8;
    private static final long DRAIN_BYTES = 2L * 1024 * 1024;

    private final UploadEvidenceUseCase upload;
    private final long maxFileBytes;
    private final Semaphore slots = new Semaphore(MAX_CONCURRENT_UPLOADS);

    /** @param maxFileBytes the largest evidence file accepted */
    public EvidenceUploads(UploadEvidenceUseCase upload, long maxFileBytes) {
        this.upload = upload;
        this.maxFileBytes = maxFileBytes;
    }

    /** The largest body of an upload: the file and room for its fields. */
    long maxBodyBytes() {
        return maxFileBytes + MultipartEvidenceUpload.FIELDS_ALLOWANCE;
    }

    EvidenceView upload(Context ctx) {
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw new ServiceUnavailableResponse("too many evidence uploads at once; try again in a few seconds");
        }
        try {
            InputStream body = new UploadPace(ctx.req().getInputStream());
            try {
                return upload.upload(RequestActors.of(ctx),
                        new MultipartEvidenceUpload(body, ctx.contentType(), maxFileBytes).upload());
            } catch (ContentTooLargeResponse tooLarge) {
                drain(body);
                throw tooLarge;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            slots.release();
        }
    }

    private static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_BYTES;
            for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
                left -= n;
            }
        } catch (IOException | RuntimeException gone) {
            // the client left or kept sending too slowly: the 413 goes out all the same
        }
    }
}
