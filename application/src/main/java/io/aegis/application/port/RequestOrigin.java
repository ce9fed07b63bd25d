package io.aegis.application.port;

/**
 * Where a request came from, recorded with every audit entry. Fields are empty strings when unknown
 * (a command-line call has no client address).
 */
public record RequestOrigin(String requestId, String clientAddress, String userAgent, String sessionId) {

    public static final RequestOrigin LOCAL = new RequestOrigin("", "", "", "");

    public RequestOrigin {
        requestId = requestId == null ? "" : requestId;
        clientAddress = clientAddress == null ? "" : clientAddress;
        userAgent = userAgent == null ? "" : userAgent;
        sessionId = sessionId == null ? "" : sessionId;
    }

    /** The same origin, within the session (login token or API key) that authenticated it. */
    public RequestOrigin withSession(String session) {
        return new RequestOrigin(requestId, clientAddress, userAgent, session);
    }
}
