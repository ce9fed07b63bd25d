package io.aegis.adapters.persistence.audit;

import io.aegis.application.audit.port.out.AuditCheckpointLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoints in a text file outside the database, one line each, only ever appended to (and forced to disk).
 * Operators may make it append-only at the file-system level ({@code chattr +a}) or ship it elsewhere. Appends take
 * an exclusive lock and check the file's last line first, so processes that share a file never interleave.
 */
public final class FileAuditCheckpointLog implements AuditCheckpointLog {

    /** Longer than any checkpoint line: the last line is read from the last block alone. */
    private static final int TAIL_BYTES = 4_096;
    private static final SecureRandom RANDOM = new SecureRandom();

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
    public Optional<String> firstLine() {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(reader.readLine());
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + file, e);
        }
    }

    @Override
    public Optional<String> lastLine() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return lastLine(channel);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + file, e);
        }
    }

    @Override
    public String newFileSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /**
     * Holds an exclusive lock on a file beside the log ({@code <name>.lock}), not on the log itself: a log made
     * append-only ({@code chattr +a}) may only be opened to append, which cannot read its last line, and closing
     * any channel to a file drops this process's locks on it.
     */
    @Override
    public boolean append(String line, Optional<String> after) {
        try {
            // the data folder may not exist yet: a node given AEGIS_AUDIT_KEY creates no key file there
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the audit checkpoint file " + file, e);
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel guard = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = guard.lock()) {
            if (!lastLine().equals(after)) {
                return false;
            }
            try (FileChannel log = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                log.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                log.force(true);
            }
            return true;
        } catch (OverlappingFileLockException sameProcess) {
            return false; // another node in this process is appending to the same file
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + file, e);
        }
    }

    /** The text after the last line break but one (a line without its break counts as the last line too). */
    private static Optional<String> lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        long from = Math.max(0, size - TAIL_BYTES);
        ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
        while (tail.hasRemaining()) {
            if (channel.read(tail, from + tail.position()) < 0) {
                break;
            }
        }
        byte[] bytes = tail.array();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        int start = end;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return Optional.of(new String(bytes, start, end - start, StandardCharsets.UTF_8));
    }
}
