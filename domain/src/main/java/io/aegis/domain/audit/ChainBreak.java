package io.aegis.domain.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * The first place where the stored audit trail is not the one Aegis wrote.
 *
 * @param rowId    the row to look at (the changed or foreign row, the row whose link is broken); null when the
 *                 row is gone and only its place in the chain is known
 * @param chainSeq the place in the chain where it breaks; null for a row that was never sealed
 * @param reason   what is wrong there
 * @param detail   the same for a human, naming the rows involved
 */
public record ChainBreak(Long rowId, Long chainSeq, Reason reason, String detail) {

    public enum Reason {
        /** The row's stored values (or its seal) are not the ones it was sealed with. */
        CONTENT_CHANGED,
        /** The row is intact but does not link to the row before it, or is not the chain's recorded end. */
        LINK_BROKEN,
        /** A row of the chain is gone. */
        MISSING_ROW,
        /** The row was not written by Aegis under the configured audit key. */
        FOREIGN_ROW,
        /** The checkpoints kept outside the database disagree with the chain, or one of them is gone or forged. */
        CHECKPOINT_MISMATCH;

        /** The reason as clients read it, e.g. {@code content_changed}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
