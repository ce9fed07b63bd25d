package io.aegis.adapters.web.evidence;

import io.javalin.http.ContentTooLargeResponse;
import java.io.InputStream;

/** An uploaded file's content, refused (413) as soon as it passes {@code maxBytes}: never read further. */
final class FileLimit extends WatchedInput {

    private final long maxBytes;
    private long received;

    FileLimit(InputStream content, long maxBytes) {
        super(content);
        this.maxBytes = maxBytes;
    }

    @Override
    void read(int count) {
        received += Math.max(count, 0);
        if (received > maxBytes) {
            throw new ContentTooLargeResponse("an evidence file may have at most " + maxBytes + " bytes");
        }
    }
}
