package io.aegis.adapters.web.request;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * ETags and {@code If-Match}: a resource's version is the instant of its last change, sent as a strong
 * ETag of its epoch milliseconds. A PATCH carrying a stale {@code If-Match} is answered with 412.
 */
public final class Versions {

    /** Matches no stored version: what an unreadable {@code If-Match} value stands for. */
    private static final Instant NEVER = Instant.MIN;

    private Versions() {
    }

    public static void tag(Context ctx, Instant version) {
        ctx.header("ETag", "\"" + version.toEpochMilli() + "\"");
    }

    /** The version the client expects, or empty when it sent no {@code If-Match} (or {@code *}). */
    public static Optional<Instant> expected(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String first = header.split(",")[0].strip();
        if (first.startsWith("W/")) {
            // a weak tag never satisfies If-Match (RFC 9110, strong comparison)
            return Optional.of(NEVER);
        }
        String unquoted = first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")
                ? first.substring(1, first.length() - 1) : first;
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(unquoted)));
        } catch (NumberFormatException e) {
            return Optional.of(NEVER);
        }
    }
}
