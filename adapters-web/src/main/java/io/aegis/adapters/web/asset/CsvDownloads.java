package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.application.port.SortField;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** What the CSV exports share: a list's filters and sort plus {@code format=csv} (the default), no pages. */
final class CsvDownloads {

    private CsvDownloads() {
    }

    /** The list's parameters of an export; {@code limit}, {@code offset} and a format other than csv are 400. */
    static <F extends Enum<F> & SortField> ListParams<F> parameters(Context ctx, Class<F> sortFields,
                                                                   Set<String> filters) {
        Set<String> parameters = new HashSet<>(filters);
        parameters.add("format");
        ListParams<F> params = ListParams.parse(ctx, sortFields, parameters);
        if (ctx.queryParam("limit") != null || ctx.queryParam("offset") != null) {
            throw BadRequestException.forField("limit", "an export has no pages: it holds every match");
        }
        if (!params.text("format").orElse("csv").equals("csv")) {
            throw BadRequestException.forField("format", "must be csv");
        }
        return params;
    }

    /** Answers with the file {@code write} writes, as an attachment named {@code filename}. */
    static void send(Context ctx, String filename, Consumer<OutputStream> write) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        write.accept(ctx.outputStream());
    }
}
