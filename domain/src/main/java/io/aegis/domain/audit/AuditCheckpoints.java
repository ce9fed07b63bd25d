package io.aegis.domain.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One node's checkpoint file read back: every line must be a checkpoint signed with the key, numbered from 1
 * without a gap and linked to the line before it, and the file must hold at least the checkpoint the database
 * records as the last one appended to it (a file that lost its last lines is caught there).
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
            // the first line links to its file's seed, any later one to the line before it
            boolean linked = previous == null || checkpoint.previous().equals(previous.lineHash());
            if (checkpoint.number() != i + 1 || !linked) {
                return broken("checkpoint " + checkpoint.number() + " does not follow checkpoint " + i
                        + ": a checkpoint was removed or reordered");
            }
            if (!checkpoint.signedWith(key)) {
                return broken("checkpoint " + checkpoint.number() + " is not signed with the audit key");
            }
            if (checkpoint.number() == recordedNumber && !checkpoint.lineHash().equals(recordedHash)) {
                return notRecorded(recordedNumber);
            }
            previous = checkpoint;
        }
        return ending(previous, recordedNumber, recordedHash);
    }

    /**
     * The file judged by its last line alone, as a node does before appending: it must be a checkpoint signed with
     * the key and at least the one the database records for the file. Lines before it are left to {@link #read}.
     */
    public static AuditCheckpoints tail(Optional<String> lastLine, AuditKey key, long recordedNumber,
                                        String recordedHash) {
        if (lastLine.isEmpty()) {
            return ending(null, recordedNumber, recordedHash);
        }
        AuditCheckpoint last;
        try {
            last = AuditCheckpoint.parse(lastLine.get());
        } catch (IllegalArgumentException e) {
            return broken("the last line of the checkpoint file is not a checkpoint");
        }
        if (!last.signedWith(key)) {
            return broken("checkpoint " + last.number() + " is not signed with the audit key");
        }
        return ending(last, recordedNumber, recordedHash);
    }

    /** A file whose lines were all removed, while the database knows {@code files} checkpoint files. */
    public static AuditCheckpoints emptied(long files) {
        return broken("the checkpoint file is empty, but checkpoints were written to " + files + " file"
                + (files == 1 ? "" : "s") + ": checkpoints were removed, or this is not a node's checkpoint file");
    }

    /**
     * A file's name in the database: the SHA-256 of its first line, which no other file shares (it signs the file's
     * random seed), so that every node's file has a record of its own.
     */
    public static String fileId(String firstLine) {
        return HexFormat.of().formatHex(AuditKey.sha256(firstLine.getBytes(StandardCharsets.UTF_8)));
    }

    private static AuditCheckpoints ending(AuditCheckpoint last, long recordedNumber, String recordedHash) {
        long held = last == null ? 0 : last.number();
        if (held < recordedNumber) {
            return broken("the checkpoint file ends at checkpoint " + held + ", but checkpoint " + recordedNumber
                    + " was written: checkpoints were removed");
        }
        if (held == recordedNumber && last != null && !last.lineHash().equals(recordedHash)) {
            return notRecorded(recordedNumber);
        }
        return new AuditCheckpoints(Optional.ofNullable(last), Optional.empty());
    }

    private static AuditCheckpoints notRecorded(long number) {
        return broken("checkpoint " + number + " is not the one the database records");
    }

    private static AuditCheckpoints broken(String fault) {
        return new AuditCheckpoints(Optional.empty(), Optional.of(fault));
    }
}
