package io.aegis.application.audit.port.out;

import java.util.List;

/** The append-only file of checkpoints, outside the database. */
public interface AuditCheckpointLog {

    /** Every line, in order; none when the file does not exist yet. */
    List<String> lines();

    /** Appends {@code line} and forces it to disk before returning. */
    void append(String line);
}
