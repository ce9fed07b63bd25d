package io.aegis.application.identity;

import java.util.Optional;

/**
 * How an authenticated actor's session is named in {@code RequestOrigin.sessionId} and in audit rows:
 * which credential carried the request, never the credential itself.
 */
final class Sessions {

    private static final String TOKEN = "token:";
    private static final String API_KEY = "api_key:";

    private Sessions() {
    }

    static String ofToken(long tokenId) {
        return TOKEN + tokenId;
    }

    static String ofApiKey(long keyId) {
        return API_KEY + keyId;
    }

    /** The login token's id, when the session is one. */
    static Optional<Long> tokenId(String session) {
        return idAfter(TOKEN, session);
    }

    /** The API key's id, when the request was made with one. */
    static Optional<Long> apiKeyId(String session) {
        return idAfter(API_KEY, session);
    }

    private static Optional<Long> idAfter(String kind, String session) {
        return session.startsWith(kind) ? Optional.of(Long.parseLong(session.substring(kind.length())))
                : Optional.empty();
    }
}
