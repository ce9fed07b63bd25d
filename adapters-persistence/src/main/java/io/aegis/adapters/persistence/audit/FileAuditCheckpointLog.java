package io.aegis.adapters.persistence.audit;

import io.aegis.application.audit.port.out.AuditCheckpointLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Checkpoints in a text file outside the database, one line each, only ever appended to (and forced to disk).
 * Operators may make it append-only at the file-system level ({@code chattr +a}) or ship it elsewhere.
 */
public final class FileAuditCheckpointLog implements AuditCheckpointLog {

    private final Path file;

    public FileAuditCheckpointLog(Path file) {
        this.file = file;
    }

    @Override
    public List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + file, e);
        }
    }

    @Override
    public void append(String line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + file, e);
        }
    }
}
