package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.util.Locale;

/**
 * The file of an upload: a {@code multipart/form-data} body with the file in the part named {@code file}, at most
 * the server's request limit (413 beyond it, also when Jetty's multipart parser stops at it).
 */
public final class Uploads {

    private Uploads() {
    }

    /** @param holding what the part holds, for the messages ({@code the CSV}, {@code the catalog}) */
    public static UploadedFile file(Context ctx, long maxBytes, String holding) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data")) {
            throw new UnsupportedMediaTypeResponse("an import is multipart/form-data with " + holding
                    + " in the part 'file'");
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            // Jetty refuses a body past the multipart limits while parsing it
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")) {
                throw tooLarge(maxBytes);
            }
            throw new BadRequestException("the multipart body could not be read");
        }
        if (file == null) {
            throw BadRequestException.forField("file", "is required: a part named 'file' holding " + holding);
        }
        if (file.size() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return file;
    }

    private static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("an upload may have at most " + maxBytes + " bytes");
    }
}
