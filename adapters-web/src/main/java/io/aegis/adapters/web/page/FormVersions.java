package io.aegis.adapters.web.page;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.application.port.ExpectedVersion;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * The version of a resource a form showed, sent back in its hidden {@code version} field (epoch milliseconds, as
 * the API's ETag), so that a change made meanwhile is refused rather than overwritten.
 */
public final class FormVersions {

    private FormVersions() {
    }

    public static String of(Instant version) {
        return String.valueOf(version.toEpochMilli());
    }

    public static ExpectedVersion edited(Context ctx) {
        try {
            return ExpectedVersion.of(Instant.ofEpochMilli(Long.parseLong(String.valueOf(ctx.formParam("version")))));
        } catch (NumberFormatException missing) {
            throw new BadRequestException("The form lacks the version it showed: open the page again.");
        }
    }
}
