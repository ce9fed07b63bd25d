package io.aegis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The same asset rows stored two ways: as a CSV through Aegis's import ({@code POST /assets/import}, one
 * multipart upload, all or nothing), and as a plain JDBC batch insert in one transaction, the floor any import
 * pays. The rows differ only in their names, so that the runs never collide. Both ways first run once on a tenth
 * of the rows ({@link #warmUp}), so that neither is measured on code the JIT has not compiled yet.
 */
final class CsvImportRace {

    private static final String[] TYPES = {"server", "workstation", "application", "database", "network_device"};
    private static final String[] CRITICALITIES = {"low", "medium", "high", "critical"};
    private static final int BATCH = 500;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final int rows;

    CsvImportRace(int rows) {
        this.rows = rows;
    }

    /** Both ways on a tenth of the rows (other names), unmeasured. */
    void warmUp(int port, String token, String url, String user, String password) {
        int warmUpRows = Math.max(1, rows / 10);
        importThroughAegis(port, token, "warm-up-imported-", warmUpRows);
        plainJdbcBatch(url, user, password, "warm-up-batched-", warmUpRows);
    }

    /**
     * Rows per second of the whole request, upload to answer; fails the run unless every row was stored.
     *
     * @param run tells the names of one run from those of another
     */
    double importThroughAegis(int port, String token, int run) {
        return importThroughAegis(port, token, "imported-" + run + "-", rows);
    }

    /** Rows per second of a batch insert of the same columns, in batches of 500, committed once. */
    double plainJdbcBatch(String url, String user, String password, int run) {
        return plainJdbcBatch(url, user, password, "batched-" + run + "-", rows);
    }

    private static double importThroughAegis(int port, String token, String prefix, int rows) {
        StringBuilder csv = new StringBuilder("name,asset_type,criticality,hostname,environment\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(',').append(TYPES[i % TYPES.length]).append(',')
                    .append(CRITICALITIES[i % CRITICALITIES.length]).append(',').append(prefix).append("host-")
                    .append(i).append(".example.org,production\r\n");
        }
        String boundary = "aegis-benchmark-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"assets.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/assets/import?all_or_nothing=true"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200
                    || new ObjectMapper().readTree(response.body()).path("accepted").asInt() != rows) {
                throw new IllegalStateException("the import answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return rows / (elapsed / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double plainJdbcBatch(String url, String user, String password, String prefix, int rows) {
        String sql = "INSERT INTO assets (name, asset_type, criticality, hostname, environment, status, is_active,"
                + " org_unit_id, created_at) VALUES (?, ?, ?, ?, ?, 'active', TRUE, 1, ?)";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                // text both databases read as a DATETIME, as Aegis stores it
                String now = TIMESTAMP.format(Instant.now());
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, prefix + i);
                    insert.setString(2, TYPES[i % TYPES.length]);
                    insert.setString(3, CRITICALITIES[i % CRITICALITIES.length]);
                    insert.setString(4, prefix + "host-" + i + ".example.org");
                    insert.setString(5, "production");
                    insert.setString(6, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return rows / ((System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("the plain batch insert failed: " + e.getMessage(), e);
        }
    }
}
