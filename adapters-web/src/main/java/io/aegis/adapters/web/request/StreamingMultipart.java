package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code multipart/form-data} body read as a stream, part by part, for uploads too large to hold: Jetty's own
 * parser is fed 64 KiB at a time from the request and each part's content is handed on as it comes
 * ({@link #content()}), so memory stays flat whatever the size. Parts come in the order the client sent them.
 * A body that is not well-formed multipart, or ends early, is a 400.
 */
public final class StreamingMultipart {

    /** The most parts a body may have: an upload's fields and its file, with room to spare. */
    private static final int MAX_PARTS = 32;
    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(StreamingMultipart.class);

    private final InputStream body;
    private final MultiPart.Parser parser;
    private final ArrayDeque<Object> events = new ArrayDeque<>();
    private final byte[] buffer = new byte[BUFFER];
    private boolean bodyEnded;
    private boolean inPart;

    /** One part's headers, as {@link #next} finds them. */
    public record Part(String name, Optional<String> fileName) {
    }

    private record PartBegins(Part part) {
    }

    private enum Marker { PART_ENDS, COMPLETE, FAILED }

    private StreamingMultipart(InputStream body, String boundary) {
        this.body = body;
        this.parser = new MultiPart.Parser(boundary, new Events());
        this.parser.setMaxParts(MAX_PARTS);
    }

    /** @throws BadRequestException when the content type is not multipart with a boundary */
    public static StreamingMultipart of(InputStream body, String contentType) {
        String boundary = MultiPart.extractBoundary(contentType);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || boundary == null || boundary.isEmpty()) {
            throw new BadRequestException("the body must be multipart/form-data with a boundary");
        }
        return new StreamingMultipart(body, boundary);
    }

    /** The next part's headers, the rest of the current part skipped; empty after the last. */
    public Optional<Part> next() {
        while (true) {
            Object event = take();
            if (event instanceof PartBegins begins) {
                inPart = true;
                return Optional.of(begins.part());
            }
            if (event == Marker.COMPLETE) {
                return Optional.empty();
            }
            // content or the end of a part the caller did not read: skipped
        }
    }

    /** The current part's content, read to its end; one stream per part. */
    public InputStream content() {
        return new PartContent();
    }

    /** The current part read whole as UTF-8 text; more than {@code maxBytes} is refused (400, naming the field). */
    public String text(String field, int maxBytes) {
        try (InputStream in = content()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw BadRequestException.forField(field, "may have at most " + maxBytes + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object take() {
        while (events.isEmpty()) {
            if (bodyEnded) {
                throw new BadRequestException("the multipart body ended before its closing boundary");
            }
            fill();
        }
        Object event = events.poll();
        if (event == Marker.FAILED) {
            // the parser's own words name its insides (a byte, a state): the client is told what is wrong in general
            throw new BadRequestException("the multipart body is malformed: each part needs a Content-Disposition"
                    + " with a name, headers of plain text, and the boundary the Content-Type names");
        }
        return event;
    }

    private void fill() {
        int n;
        try {
            n = body.read(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n < 0) {
            bodyEnded = true;
            parser.parse(Content.Chunk.EOF);
        } else {
            parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
        }
    }

    /** One part's content as the parser hands it over; the bytes are copied, since the buffer is read into again. */
    private final class PartContent extends InputStream {

        private ByteBuffer current = ByteBuffer.allocate(0);
        private boolean ended = !inPart;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            while (!current.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                Object event = take();
                if (event instanceof byte[] bytes) {
                    current = ByteBuffer.wrap(bytes);
                } else if (event == Marker.PART_ENDS) {
                    ended = true;
                    inPart = false;
                } else {
                    throw new BadRequestException("the multipart body is malformed");
                }
            }
            int n = Math.min(length, current.remaining());
            current.get(into, offset, n);
            return n;
        }
    }

    /** What the parser reports, queued in order for the reader. */
    private final class Events implements MultiPart.Parser.Listener {

        private final Map<String, String> headers = new HashMap<>();

        @Override
        public void onPartBegin() {
            headers.clear();
        }

        @Override
        public void onPartHeader(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
        }

        @Override
        public void onPartHeaders() {
            Map<String, String> parameters = new HashMap<>();
            String disposition = headers.get("content-disposition");
            if (disposition == null) {
                LOG.debug("a multipart part has no Content-Disposition");
                events.add(Marker.FAILED);
                return;
            }
            HttpField.getValueParameters(disposition, parameters);
            String name = parameters.get("name");
            if (name == null) {
                LOG.debug("a multipart part has no name");
                events.add(Marker.FAILED);
                return;
            }
            events.add(new PartBegins(new Part(name, Optional.ofNullable(parameters.get("filename")))));
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            ByteBuffer content = chunk.getByteBuffer();
            if (content.hasRemaining()) {
                byte[] bytes = new byte[content.remaining()];
                content.get(bytes);
                events.add(bytes);
            }
        }

        @Override
        public void onPartEnd() {
            events.add(Marker.PART_ENDS);
        }

        @Override
        public void onComplete() {
            events.add(Marker.COMPLETE);
        }

        @Override
        public void onFailure(Throwable failure) {
            LOG.debug("multipart body refused by the parser: {}", failure.getMessage());
            events.add(Marker.FAILED);
        }
    }
}
