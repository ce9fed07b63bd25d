package io.aegis.adapters.web.request;

import io.aegis.application.port.SortField;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** What the CSV exports share: a list's filters and sort plus {@code format=csv} (the default), no pages. */
public final class CsvDownloads {

    private CsvDownloads() {
    }

    /** The list's parameters of an export; {@code limit} and {@code offset} are unknown here, another format is 400. */
    public static <F extends Enum<F> & SortField> ListParams<F> parameters(Context ctx, Class<F> sortFields,
                                                                          Set<String> filters) {
        Set<String> parameters = new HashSet<>(filters);
        parameters.add("format");
        ListParams<F> params = ListParams.unpaged(ctx, sortFields, parameters, true);
        if (!params.text("format").orElse("csv").equals("csv")) {
            throw new InvalidValueException("format", "must be csv");
        }
        return params;
    }

    /** Answers with the file {@code write} writes, as an attachment named {@code filename}. */
    public static void send(Context ctx, String filename, Consumer<OutputStream> write) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        write.accept(ctx.outputStream());
    }
}
