package io.aegis.domain.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * The first place where the stored audit trail is not the chain Aegis wrote.
 *
 * @param rowId  the row to look at: the changed row, the row whose link is broken, or the id of the missing row
 * @param reason what is wrong there
 * @param detail the same for a human, naming the rows involved
 */
public record ChainBreak(long rowId, Reason reason, String detail) {

    public enum Reason {
        /** The row's stored values (or its hashes) are not the ones it was sealed with. */
        CONTENT_CHANGED,
        /** The row is intact but does not link to the row before it, or is not the chain's recorded end. */
        LINK_BROKEN,
        /** A row of the chain is gone. */
        MISSING_ROW;

        /** The reason as clients read it: {@code content_changed}, {@code link_broken}, {@code missing_row}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
