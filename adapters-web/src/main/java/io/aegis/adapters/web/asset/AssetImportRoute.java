package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportAssetsUseCase;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /assets/import}: a {@code multipart/form-data} body with the CSV in the part named {@code file}
 * (UTF-8, an optional byte-order mark), and {@code ?all_or_nothing=true} as a query parameter. The body is
 * bounded by the server's request limit (413 beyond it, chunked or not); the rows by
 * {@link ImportAssetsCommand#MAX_ROWS}. Answers 200 with the report, or 422 problem+json carrying the same
 * report when all-or-nothing stored nothing ({@link ImportRefusedException}).
 */
public final class AssetImportRoute {

    private final ImportAssetsUseCase importAssets;
    private final long maxBytes;

    /** @param maxBytes the server's request limit, which an upload may not exceed either */
    public AssetImportRoute(ImportAssetsUseCase importAssets, long maxBytes) {
        this.importAssets = importAssets;
        this.maxBytes = maxBytes;
    }

    void handle(Context ctx) {
        boolean allOrNothing = allOrNothing(ctx);
        String csv = upload(ctx);
        ImportAssetsCommand command = new ImportAssetsCommand(
                AssetCsv.read(new StringReader(csv), ImportAssetsCommand.MAX_ROWS), allOrNothing);
        AssetImportReport report = importAssets.importAssets(RequestActors.of(ctx), command);
        if (!report.stored()) {
            throw new ImportRefusedException(report.refused(), body(report));
        }
        ctx.json(body(report));
    }

    private static boolean allOrNothing(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!name.equals("all_or_nothing")) {
                throw BadRequestException.forField(name, "is not a known parameter; known: all_or_nothing");
            }
        }
        String value = ctx.queryParam("all_or_nothing");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw BadRequestException.forField("all_or_nothing", "must be true or false");
    }

    private String upload(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data")) {
            throw new UnsupportedMediaTypeResponse("an import is multipart/form-data with the CSV in the part 'file'");
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            // Jetty refuses a body past the multipart limits while parsing it
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")) {
                throw new ContentTooLargeResponse("an upload may have at most " + maxBytes + " bytes");
            }
            throw new BadRequestException("the multipart body could not be read");
        }
        if (file == null) {
            throw BadRequestException.forField("file", "is required: a part named 'file' holding the CSV");
        }
        if (file.size() > maxBytes) {
            throw new ContentTooLargeResponse("an upload may have at most " + maxBytes + " bytes");
        }
        try (InputStream content = file.content()) {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.readAllBytes()))
                    .toString();
            // spreadsheets write a byte-order mark before UTF-8 CSV
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw BadRequestException.forField("file", "must be UTF-8 text");
        } catch (IOException e) {
            throw new BadRequestException("the upload could not be read");
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
