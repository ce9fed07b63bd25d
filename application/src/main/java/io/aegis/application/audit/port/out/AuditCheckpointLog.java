package io.aegis.application.audit.port.out;

import java.util.List;
import java.util.Optional;

/** This node's append-only file of checkpoints, outside the database. */
public interface AuditCheckpointLog {

    /** Every line, in order; none when the file does not exist yet. */
    List<String> lines();

    /** The first line, which names the file ({@code AuditCheckpoints.fileId}); empty for an empty file. */
    Optional<String> firstLine();

    /** The last line, without reading the others; empty for an empty file. */
    Optional<String> lastLine();

    /** A random value, 64 hexadecimal digits, that the first checkpoint of a new file links to (no two files alike). */
    String newFileSeed();

    /**
     * Appends {@code line} and forces it to disk, provided the file still ends with {@code after} (empty: the file
     * is empty): another process sharing the file may have appended since it was read.
     *
     * @return whether the line was appended
     */
    boolean append(String line, Optional<String> after);
}
