package io.aegis.adapters.web.evidence;

import io.aegis.application.evidence.port.in.EvidenceContent;
import io.aegis.domain.evidence.StoredFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file: its detected type (never the uploader's claim), {@code nosniff}, an attachment named after
 * the file with anything unsafe in a header replaced (and the exact name, percent-encoded, in {@code filename*}),
 * and its length, so that a download cut short (the file changed while read: {@link EvidenceContent}) is seen as
 * incomplete. The bytes pass through a 64 KiB buffer. The API route and the page's download link send alike.
 */
final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    static void send(Context ctx, EvidenceContent content) {
        StoredFile file = content.evidence().evidence().file();
        ctx.status(200)
                .contentType(file.type().mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", disposition(file.name().value()))
                .header("Cache-Control", "no-store")
                .header("Content-Length", Long.toString(file.size()));
        try (InputStream in = content.content()) {
            OutputStream out = ctx.outputStream();
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            // the response is under way: failing here aborts it, and the client sees the download cut short
            throw new UncheckedIOException(e);
        }
    }

    /** {@code attachment; filename="report_2026.pdf"; filename*=UTF-8''report%202026.pdf}, per RFC 6266. */
    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
