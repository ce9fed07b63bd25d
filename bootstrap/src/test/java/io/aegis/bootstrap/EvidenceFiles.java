package io.aegis.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Evidence sent as the upload route takes it (multipart, streamed from any source), and downloads read raw. */
final class EvidenceFiles {

    static final String PATH = "/api/v1/evidence";
    private static final String BOUNDARY = "evidence-boundary-7MA4YWxk";
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private EvidenceFiles() {
    }

    /** The fields every upload needs, and {@code more}; a null value leaves a field out. */
    static Map<String, String> fields(String title, String... more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("evidence_type", "report");
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        fields.values().removeIf(value -> value == null);
        return fields;
    }

    static Api.Response upload(Api api, Map<String, String> fields, String fileName, byte[] content) {
        return upload(api, fields, fileName, content.length, () -> new ByteArrayInputStream(content));
    }

    /** The file comes from {@code content} as the body is sent: a file of any size, never in memory. */
    static Api.Response upload(Api api, Map<String, String> fields, String fileName, long length,
                               Supplier<InputStream> content) {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data;"
                + " name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        if (fileName != null) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        }
        byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] after = ((fileName != null ? "\r\n" : "") + "--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long total = before.length + (fileName != null ? length : 0) + after.length;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(before),
                                fileName != null ? content.get() : InputStream.nullInputStream(),
                                new ByteArrayInputStream(after))))), total);
        return api.send(api.request(PATH).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .timeout(Duration.ofMinutes(5)).POST(body));
    }

    /** A download, raw: its bytes are not text. */
    static HttpResponse<byte[]> download(Api api, long id) {
        return send(api, id, HttpResponse.BodyHandlers.ofByteArray());
    }

    static <T> HttpResponse<T> send(Api api, long id, HttpResponse.BodyHandler<T> handler) {
        try {
            return RAW.send(api.request(PATH + "/" + id + "/content").timeout(Duration.ofMinutes(5)).GET().build(),
                    handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
