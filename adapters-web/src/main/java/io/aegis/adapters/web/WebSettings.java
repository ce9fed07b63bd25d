package io.aegis.adapters.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server listens and what it accepts.
 *
 * @param host               the interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port               the TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes    the largest request body accepted; a larger one gets 413
 * @param maxUploadBytes     the largest body of an upload (a route ending in {@code /import}), at least
 *                           {@code maxRequestBytes}
 * @param requestBodyTimeout how long a request body may take to arrive whole, from the end of its headers; a
 *                           slower one gets 408. Bodies are read before a thread is given to the request, so
 *                           this bounds how long a trickling client keeps its connection and buffered bytes
 * @param maxConnections     the most connections open at once; past it the server stops accepting until one
 *                           closes, which bounds the sockets and the buffered bodies slow clients can hold
 * @param maxConnectionsPerAddress the most connections open at once from one client address; a further one
 *                           is closed at once, so that one client cannot take all of {@code maxConnections}
 * @param version            the Aegis version, reported by the health route and the OpenAPI document
 */
public record WebSettings(String host, int port, long maxRequestBytes, long maxUploadBytes,
                          Duration requestBodyTimeout, int maxConnections, int maxConnectionsPerAddress, String version) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(requestBodyTimeout, "requestBodyTimeout");
        Objects.requireNonNull(version, "version");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        new BodyLimits(maxRequestBytes, maxUploadBytes); // refuses limits that do not fit together
        if (requestBodyTimeout.isNegative() || requestBodyTimeout.isZero()) {
            throw new IllegalArgumentException("requestBodyTimeout must be positive, was " + requestBodyTimeout);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
        }
        if (maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException("maxConnectionsPerAddress must be positive, was "
                    + maxConnectionsPerAddress);
        }
    }

    BodyLimits bodyLimits() {
        return new BodyLimits(maxRequestBytes, maxUploadBytes);
    }
}
