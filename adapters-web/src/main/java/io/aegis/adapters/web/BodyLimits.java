package io.aegis.adapters.web;

import java.util.Map;

/**
 * How large a request body may be, by route: an upload (a path ending in {@code /import}: a CSV of assets, a
 * catalog such as the 4.4 MB of NIST SP 800-53) may be larger than any other body, and a streamed route (an evidence
 * upload) has its own limit and is not read whole ahead of its route. Every check of a body's size asks here, so the
 * limits are told apart in one place.
 *
 * @param streamed the full paths of the routes that read their bodies as streams, with each one's limit
 */
record BodyLimits(long requestBytes, long uploadBytes, Map<String, Long> streamed) {

    private static final String UPLOAD_SUFFIX = "/import";

    BodyLimits(long requestBytes, long uploadBytes) {
        this(requestBytes, uploadBytes, Map.of());
    }

    BodyLimits {
        streamed = Map.copyOf(streamed);
        if (requestBytes < 1 || uploadBytes < requestBytes) {
            throw new IllegalArgumentException("body limits must be positive, an upload's at least any request's: "
                    + requestBytes + ", " + uploadBytes);
        }
    }

    long forPath(String path) {
        if (path != null && streamed.containsKey(path)) {
            return streamed.get(path);
        }
        return path != null && path.endsWith(UPLOAD_SUFFIX) ? uploadBytes : requestBytes;
    }

    /** Whether the route of {@code path} reads its body as a stream, not from memory. */
    boolean streams(String path) {
        return path != null && streamed.containsKey(path);
    }

    /** The same limits, with these streamed routes. */
    BodyLimits withStreamed(Map<String, Long> routes) {
        return new BodyLimits(requestBytes, uploadBytes, routes);
    }
}
