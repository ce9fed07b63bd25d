package io.aegis.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditCheckpointLogTest {

    @TempDir
    Path folder;

    private Path file;

    @Test
    void lines_are_appended_only_after_the_line_the_caller_read_last() {
        file = folder.resolve("data/checkpoints.log");
        FileAuditCheckpointLog log = new FileAuditCheckpointLog(file);

        assertThat(log.firstLine()).isEmpty();
        assertThat(log.lastLine()).isEmpty();
        assertThat(log.append("one", Optional.empty())).as("into a folder not made yet").isTrue();
        assertThat(log.append("two", Optional.of("one"))).isTrue();
        assertThat(log.append("late", Optional.of("one"))).as("after a line no longer last").isFalse();
        assertThat(log.append("late", Optional.empty())).as("into a file no longer empty").isFalse();

        assertThat(log.lines()).containsExactly("one", "two");
        assertThat(log.firstLine()).contains("one");
        assertThat(log.lastLine()).contains("two");
    }

    @Test
    void the_last_line_is_read_from_the_end_of_a_long_file() throws IOException {
        file = folder.resolve("long.log");
        Files.write(file, java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "line " + i).toList());

        assertThat(new FileAuditCheckpointLog(file).lastLine()).contains("line 9999");
    }

    /** docs/SECURITY.md asks operators to make the file append-only; only an append may open it for writing. */
    @Test
    void a_file_made_append_only_with_chattr_is_still_appended_to() throws Exception {
        file = folder.resolve("append-only.log");
        FileAuditCheckpointLog log = new FileAuditCheckpointLog(file);
        log.append("one", Optional.empty());
        Assumptions.assumeTrue(chattr("+a"), "chattr +a is not available here (needs root and a file system"
                + " with attributes)");

        assertThat(log.append("two", Optional.of("one"))).isTrue();
        assertThat(log.lines()).isEqualTo(List.of("one", "two"));
    }

    @AfterEach
    void allowCleanUp() throws Exception {
        if (file != null && Files.exists(file)) {
            chattr("-a");
        }
    }

    private boolean chattr(String flag) throws Exception {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
