package io.aegis.adapters.web.page;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The browser's session: the login token, carried in a cookie instead of an {@code Authorization} header, so that
 * a browser session is validated, expired and revoked exactly as an API login is (hashed in the database, ended by
 * signing out or by a password change). {@code HttpOnly} keeps it from scripts, {@code SameSite=Strict} from
 * requests other sites start, {@code Secure} (and the {@code __Host-} prefix, which pins it to this host and path)
 * behind TLS.
 *
 * @param secure whether the cookie is sent over HTTPS only: set when Aegis is served over TLS, directly or behind a
 *               proxy that terminates it
 */
public record SessionCookie(boolean secure) {

    private static final String PLAIN_NAME = "aegis_session";
    private static final String HOST_NAME = "__Host-aegis_session";

    public String name() {
        return secure ? HOST_NAME : PLAIN_NAME;
    }

    /** The session secret the request carries, if any. */
    public Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(name())).filter(value -> !value.isBlank());
    }

    /** Opens the session: the cookie lives as long as the token, no longer. */
    public void issue(Context ctx, String secret, Instant expiresAt) {
        write(ctx, secret, "Expires="
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(expiresAt.atOffset(ZoneOffset.UTC)));
    }

    /** Tells the browser to forget the session. */
    public void clear(Context ctx) {
        write(ctx, "", "Max-Age=0");
    }

    private void write(Context ctx, String value, String lifetime) {
        // written by hand: the attributes are exactly these, SameSite included
        ctx.res().addHeader(Header.SET_COOKIE, name() + "=" + value + "; Path=/; " + lifetime
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }
}
