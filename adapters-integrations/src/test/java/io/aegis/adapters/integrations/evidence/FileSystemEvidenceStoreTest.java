package io.aegis.adapters.integrations.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.domain.evidence.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence store on a real folder: what an upload leaves behind at each step, and what the purge may take. */
class FileSystemEvidenceStoreTest {

    private static final String HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path root;

    private FileSystemEvidenceStore store() {
        return new FileSystemEvidenceStore(root);
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static InputStream hello() {
        return new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_received_file_is_hashed_and_kept_where_its_hash_says_once_whatever_how_often() throws IOException {
        ReceivedFile first = store().receive(hello());
        assertThat(first.sha256()).isEqualTo(HELLO_SHA256);
        assertThat(first.size()).isEqualTo(5);
        assertThat(first.head()).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(store().keep(first)).isEqualTo(StoredFile.path(HELLO_SHA256));
        assertThat(store().keep(first)).as("kept again, as a retried transaction does")
                .isEqualTo(StoredFile.path(HELLO_SHA256));
        ReceivedFile second = store().receive(hello());
        store().keep(second);
        store().discard(second);

        assertThat(files()).isEqualTo(1);
        try (InputStream in = store().open(StoredFile.path(HELLO_SHA256))) {
            assertThat(in.readAllBytes()).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void an_upload_that_fails_while_it_streams_leaves_nothing_behind() throws IOException {
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 100_000) {
                    return 'x';
                }
                throw new IOException("the client left");
            }
        };
        assertThatThrownBy(() -> store().receive(broken)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("the client left");
        InputStream refused = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("413");
            }
        };
        assertThatThrownBy(() -> store().receive(refused)).hasMessage("413");

        assertThat(files()).isZero();
    }

    @Test
    void a_discarded_file_is_gone_and_discarding_twice_is_no_fault() throws IOException {
        ReceivedFile received = store().receive(hello());
        assertThat(files()).isEqualTo(1);
        store().discard(received);
        store().discard(received);
        assertThat(files()).isZero();
    }

    @Test
    void only_files_untouched_since_the_cutoff_are_offered_to_the_purge_and_keeping_touches_a_file()
            throws IOException {
        ReceivedFile kept = store().receive(hello());
        String path = store().keep(kept);
        ReceivedFile interrupted = store().receive(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Instant now = Instant.now();
        FileTime old = FileTime.from(now.minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(root.resolve(path), old);
        Files.setLastModifiedTime(root.resolve("tmp").resolve(interrupted.handle()), old);
        Instant cutoff = now.minus(Duration.ofHours(1));

        assertThat(store().unclaimedSince(cutoff)).containsExactly(path, "tmp/" + interrupted.handle());

        // an upload of the same content claims the file again: the purge must leave it
        store().keep(store().receive(hello()));
        assertThat(store().unclaimedSince(cutoff)).containsExactly("tmp/" + interrupted.handle());
        assertThat(store().remove(path, cutoff)).isFalse();
        assertThat(store().remove("tmp/" + interrupted.handle(), cutoff)).isTrue();
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void no_path_from_outside_reaches_another_file() {
        for (String path : new String[] {"../../etc/passwd", "sha256/../../x", "/etc/passwd", "tmp/../audit.key",
            "sha256/2c/" + "f".repeat(61)}) {
            assertThatThrownBy(() -> store().open(path)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().remove(path, Instant.now())).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store().discard(new ReceivedFile("../../audit.key", HELLO_SHA256, 5, new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
