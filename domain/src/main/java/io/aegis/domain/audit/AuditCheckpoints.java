package io.aegis.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * The checkpoint file read back: every line must be a checkpoint signed with the key, numbered from 1 without
 * a gap and linked to the line before it, and the file must hold at least the checkpoint the database records
 * as the last one written (a file that lost its last lines is caught there).
 *
 * @param latest the last checkpoint, when the file is intact and holds one
 * @param fault  what is wrong with the file, if anything
 */
public record AuditCheckpoints(Optional<AuditCheckpoint> latest, Optional<String> fault) {

    /**
     * @param recordedNumber the number of the last checkpoint the database says was written (0 for none)
     * @param recordedHash   that checkpoint's line hash, as the database records it
     */
    public static AuditCheckpoints read(List<String> lines, AuditKey key, long recordedNumber, String recordedHash) {
        AuditCheckpoint previous = null;
        for (int i = 0; i < lines.size(); i++) {
            AuditCheckpoint checkpoint;
            try {
                checkpoint = AuditCheckpoint.parse(lines.get(i));
            } catch (IllegalArgumentException e) {
                return broken("line " + (i + 1) + " of the checkpoint file is not a checkpoint");
            }
            String expectedLink = previous == null ? AuditChain.GENESIS : previous.lineHash();
            if (checkpoint.number() != i + 1 || !checkpoint.previous().equals(expectedLink)) {
                return broken("checkpoint " + checkpoint.number() + " does not follow checkpoint " + i
                        + ": a checkpoint was removed or reordered");
            }
            if (!checkpoint.signedWith(key)) {
                return broken("checkpoint " + checkpoint.number() + " is not signed with the audit key");
            }
            if (checkpoint.number() == recordedNumber && !checkpoint.lineHash().equals(recordedHash)) {
                return broken("checkpoint " + recordedNumber + " is not the one the database records");
            }
            previous = checkpoint;
        }
        long held = previous == null ? 0 : previous.number();
        if (held < recordedNumber) {
            return broken("the checkpoint file ends at checkpoint " + held + ", but checkpoint " + recordedNumber
                    + " was written: checkpoints were removed");
        }
        return new AuditCheckpoints(Optional.ofNullable(previous), Optional.empty());
    }

    private static AuditCheckpoints broken(String fault) {
        return new AuditCheckpoints(Optional.empty(), Optional.of(fault));
    }
}
