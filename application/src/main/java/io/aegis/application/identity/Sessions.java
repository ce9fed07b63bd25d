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
        return session.startsWith(TOKEN) ? Optional.of(Long.parseLong(session.substring(TOKEN.length())))
                : Optional.empty();
    }
}
