package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB file through the upload and back, on SQLite (the database plays no part in the bytes): identical, and
 * never held whole in the heap. The server runs in this JVM, so the heap's old generation is watched across the
 * round trip: a whole 200 MB file held anywhere (a byte array, a growing buffer) would be a single object there larger
 * than the bound; the 64 KiB buffers a stream passes through die young.
 */
class EvidenceLargeFileOnSqliteTest extends RunningAegisContract {

    private static final long SIZE = 200L * 1024 * 1024;
    private static final long OLD_GENERATION_GROWTH_BOUND = 128L * 1024 * 1024;

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }

    @Test
    void a_200_mb_file_comes_back_byte_for_byte_with_memory_flat(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("large.png");
        String written = write(file);
        List<MemoryPoolMXBean> oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .toList();
        System.gc();
        long before = oldGeneration.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);

        Api.Response uploaded = EvidenceFiles.upload(admin, EvidenceFiles.fields("A large capture"), "large.png",
                SIZE, () -> open(file));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("file_hash").asText()).isEqualTo(written);
        assertThat(uploaded.json().get("file_size").asLong()).isEqualTo(SIZE);

        HttpResponse<InputStream> download = EvidenceFiles.send(admin, uploaded.json().get("id").asLong(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        long length;
        try (InputStream in = new DigestInputStream(download.body(), read)) {
            length = in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(length).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(written);

        long peak = oldGeneration.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(oldGeneration).as("the heap's old generation pools").isNotEmpty();
        assertThat(peak - before).as("growth of the old generation during the round trip")
                .isLessThan(OLD_GENERATION_GROWTH_BOUND);
    }

    /** A PNG signature, then pseudo-random bytes; returns their SHA-256. */
    private static String write(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Random random = new Random(42);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < SIZE; written += chunk.length) {
                random.nextBytes(chunk);
                if (written == 0) {
                    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, chunk, 0, 8);
                }
                out.write(chunk);
                digest.update(chunk);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
