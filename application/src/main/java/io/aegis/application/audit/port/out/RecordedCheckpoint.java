package io.aegis.application.audit.port.out;

import java.util.Objects;

/**
 * What the database records of one checkpoint file: the number and line hash of the last checkpoint appended to it.
 * The file must hold at least that checkpoint, as written.
 */
public record RecordedCheckpoint(long number, String lineHash) {

    public RecordedCheckpoint {
        Objects.requireNonNull(lineHash, "lineHash");
    }
}
