package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Uploads;
import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.ImportAssetRelationshipsCommand;
import io.aegis.application.asset.port.in.ImportAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportAssetsUseCase;
import io.aegis.application.asset.port.in.ImportMode;
import io.aegis.application.asset.port.in.UnreadableImportException;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code POST /assets/import} (and {@code POST /asset-relationships/import}, a file of relationships): a
 * {@code multipart/form-data} body with the CSV in the part named {@code file}
 * (UTF-8, an optional byte-order mark), {@code ?all_or_nothing=true} and {@code ?mode=create|upsert} as query
 * parameters. The body is
 * bounded by the server's request limit (413 beyond it, chunked or not); the rows by
 * {@link ImportAssetsCommand#MAX_ROWS}. The part's content goes to the use case as a stream, which the CSV
 * reader parses row by row; a file it cannot read at all is a 400 naming {@code file}. Answers 200 with the report, or 422 problem+json carrying the same
 * report when all-or-nothing stored nothing ({@link ImportRefusedException}).
 *
 * @param maxBytes the server's request limit, which an upload may not exceed either
 */
public record AssetImportRoute(ImportAssetsUseCase importAssets,
                               ImportAssetRelationshipsUseCase importRelationships, long maxBytes) {

    private static final Set<String> ASSET_PARAMETERS = Set.of("all_or_nothing", "mode");
    private static final Set<String> RELATIONSHIP_PARAMETERS = Set.of("all_or_nothing");

    void handle(Context ctx) {
        boolean allOrNothing = allOrNothing(ctx, ASSET_PARAMETERS);
        ImportMode mode = mode(ctx);
        importFile(ctx, content -> importAssets.importAssets(RequestActors.of(ctx),
                new ImportAssetsCommand(content, allOrNothing, mode)));
    }

    /** {@code POST /asset-relationships/import}: the same upload, {@code ?all_or_nothing=true} its one parameter. */
    void handleRelationships(Context ctx) {
        boolean allOrNothing = allOrNothing(ctx, RELATIONSHIP_PARAMETERS);
        importFile(ctx, content -> importRelationships.importRelationships(RequestActors.of(ctx),
                new ImportAssetRelationshipsCommand(content, allOrNothing)));
    }

    /**
     * The web interface's import form: the same upload, its options as form fields ({@code mode},
     * {@code all_or_nothing}); the report, whether or not anything was stored.
     */
    AssetImportReport importForm(Context ctx) {
        boolean allOrNothing = "true".equals(ctx.formParam("all_or_nothing"));
        ImportMode mode = ImportMode.fromKey(Optional.ofNullable(ctx.formParam("mode")).orElse("create"));
        return read(ctx, content -> importAssets.importAssets(RequestActors.of(ctx),
                new ImportAssetsCommand(content, allOrNothing, mode)));
    }

    private void importFile(Context ctx, Function<InputStream, AssetImportReport> importer) {
        AssetImportReport report = read(ctx, importer);
        if (!report.stored()) {
            throw new ImportRefusedException(report.refused(), body(report));
        }
        ctx.json(body(report));
    }

    private AssetImportReport read(Context ctx, Function<InputStream, AssetImportReport> importer) {
        UploadedFile file = Uploads.file(ctx, maxBytes, "the CSV");
        try (InputStream content = file.content()) {
            return importer.apply(content);
        } catch (UnreadableImportException e) {
            throw e.problems().isEmpty() ? BadRequestException.forField("file", e.getMessage())
                    : new BadRequestException(e.getMessage(), e.problems().stream()
                            .map(problem -> new FieldError(problem.field(), problem.message())).toList());
        } catch (IOException e) {
            throw new BadRequestException("the upload could not be read");
        }
    }

    private static boolean allOrNothing(Context ctx, Set<String> parameters) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!parameters.contains(name)) {
                throw BadRequestException.forField(name, "is not a known parameter; known: "
                        + String.join(", ", new TreeSet<>(parameters)));
            }
        }
        String value = ctx.queryParam("all_or_nothing");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidValueException("all_or_nothing", "must be true or false");
    }

    /** {@code create} (the default) or {@code upsert}. */
    private static ImportMode mode(Context ctx) {
        String value = ctx.queryParam("mode");
        try {
            return value == null ? ImportMode.CREATE : ImportMode.fromKey(value);
        } catch (InvalidValueException e) {
            throw BadRequestException.forField("mode", e.getMessage());
        }
    }

    private static Map<String, Object> body(AssetImportReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", report.accepted());
        body.put("refused", report.refused());
        body.put("stored", report.stored());
        body.put("rows", report.rows().stream().map(row -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("row", row.row());
            one.put("status", row.status().name().toLowerCase(Locale.ROOT));
            one.put("id", row.id());
            one.put("errors", row.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
            return one;
        }).toList());
        return body;
    }
}
