package io.aegis.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** CSV files sent as an import route takes them, and what the tests read of the import's report. */
final class CsvUploads {

    private CsvUploads() {
    }

    /** {@code csv} as the part {@code file} of a {@code multipart/form-data} POST to {@code path}. */
    static Api.Response upload(Api api, String path, byte[] csv) {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
        return api.send(api.request(path).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A file kept under {@code src/test/resources/csv}. */
    static byte[] resource(String name) {
        try (InputStream in = CsvUploads.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> statuses(JsonNode report) {
        List<String> statuses = new ArrayList<>();
        report.get("rows").forEach(row -> statuses.add(row.get("status").asText()));
        return statuses;
    }

    /** The fields (or rule codes) a report row was refused for. */
    static List<String> fields(JsonNode row) {
        List<String> fields = new ArrayList<>();
        row.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
