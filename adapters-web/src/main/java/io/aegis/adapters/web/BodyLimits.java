package io.aegis.adapters.web;

/**
 * How large a request body may be, by route: an upload (a path ending in {@code /import}: a CSV of assets, a
 * catalog such as the 4.4 MB of NIST SP 800-53) may be larger than any other body. Every check of a body's size
 * asks here, so the two limits are told apart in one place.
 */
record BodyLimits(long requestBytes, long uploadBytes) {

    private static final String UPLOAD_SUFFIX = "/import";

    BodyLimits {
        if (requestBytes < 1 || uploadBytes < requestBytes) {
            throw new IllegalArgumentException("body limits must be positive, an upload's at least any request's: "
                    + requestBytes + ", " + uploadBytes);
        }
    }

    long forPath(String path) {
        return path != null && path.endsWith(UPLOAD_SUFFIX) ? uploadBytes : requestBytes;
    }
}
