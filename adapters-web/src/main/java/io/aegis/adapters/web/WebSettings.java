package io.aegis.adapters.web;

import java.util.Objects;

/**
 * How the HTTP server listens and what it accepts.
 *
 * @param host            the interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port            the TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes the largest request body accepted; a larger one gets 413
 * @param version         the Aegis version, reported by the health route and the OpenAPI document
 */
public record WebSettings(String host, int port, long maxRequestBytes, String version) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(version, "version");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
    }
}
