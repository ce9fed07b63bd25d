package io.aegis.application.port;

/**
 * Where a request came from, recorded with every audit entry. Fields are empty strings when unknown
 * (a command-line call has no client address).
 *
 * @param requestId       the id Aegis gave the request: unique, never chosen by the client
 * @param clientRequestId the {@code X-Request-Id} the client sent, if any, for correlation with its own logs
 */
public record RequestOrigin(String requestId, String clientAddress, String userAgent, String sessionId,
                            String clientRequestId) {

    public static final RequestOrigin LOCAL = new RequestOrigin("", "", "", "", "");

    public RequestOrigin {
        requestId = requestId == null ? "" : requestId;
        clientAddress = clientAddress == null ? "" : clientAddress;
        userAgent = userAgent == null ? "" : userAgent;
        sessionId = sessionId == null ? "" : sessionId;
        clientRequestId = clientRequestId == null ? "" : clientRequestId;
    }

    /** An origin without a client request id. */
    public RequestOrigin(String requestId, String clientAddress, String userAgent, String sessionId) {
        this(requestId, clientAddress, userAgent, sessionId, "");
    }

    /** The same origin, within the session (login token or API key) that authenticated it. */
    public RequestOrigin withSession(String session) {
        return new RequestOrigin(requestId, clientAddress, userAgent, session, clientRequestId);
    }
}
