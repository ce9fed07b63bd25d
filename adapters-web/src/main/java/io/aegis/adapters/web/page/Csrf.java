package io.aegis.adapters.web.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a browser session, derived from the session's secret (an HMAC keyed with it): nothing to store,
 * the same on every node, unknowable without the cookie (which scripts cannot read), and void once the session
 * ends. Every state-changing form carries it in a hidden field, htmx in a header.
 */
public final class Csrf {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf";
    /** The header htmx sends it in. */
    public static final String HEADER = "X-CSRF-Token";
    private static final byte[] PURPOSE = "aegis csrf token v1".getBytes(StandardCharsets.US_ASCII);
    private static final String ATTRIBUTE = Csrf.class.getName();

    private Csrf() {
    }

    /** Called once the session cookie has been accepted: the page's forms will carry this session's token. */
    public static void remember(Context ctx, String sessionSecret) {
        ctx.attribute(ATTRIBUTE, tokenFor(sessionSecret));
    }

    /** The token for the forms of this request's page; empty when no session was checked. */
    static String of(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        return token == null ? "" : token;
    }

    static String tokenFor(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code presented} is the token of {@code sessionSecret}, compared in constant time. */
    public static boolean matches(String sessionSecret, String presented) {
        return presented != null && MessageDigest.isEqual(tokenFor(sessionSecret).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
