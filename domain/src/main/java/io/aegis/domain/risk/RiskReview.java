package io.aegis.domain.risk;

import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a risk's review record: who looked at the risk, when, what they wrote, and the next review date that
 * set. A transition is a review too and names the statuses it moved between. Records are only appended to.
 */
public record RiskReview(RiskId riskId, RiskReviewKind kind, UserId reviewedBy, Instant reviewedAt,
                         Optional<RiskNote> note, Optional<RiskStatus> from, Optional<RiskStatus> to,
                         Optional<Instant> nextReviewDate) {

    public RiskReview {
        Objects.requireNonNull(riskId, "riskId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(nextReviewDate, "nextReviewDate");
        if ((kind == RiskReviewKind.TRANSITION) != (from.isPresent() && to.isPresent())
                || from.isPresent() != to.isPresent()) {
            throw new IllegalArgumentException("exactly a transition names the statuses it moved between");
        }
    }

    /** The periodic review that left {@code reviewed} as it is. */
    public static RiskReview periodic(Risk reviewed, UserId by, Optional<RiskNote> note) {
        return new RiskReview(idOf(reviewed), RiskReviewKind.REVIEW, by, reviewed.updatedAt(), note,
                Optional.empty(), Optional.empty(), reviewed.nextReviewDate());
    }

    /** The move from {@code before} to {@code after}, with the reason given. */
    public static RiskReview transition(Risk before, Risk after, UserId by, Optional<RiskNote> reason) {
        return new RiskReview(idOf(after), RiskReviewKind.TRANSITION, by, after.updatedAt(), reason,
                Optional.of(before.status()), Optional.of(after.status()), after.nextReviewDate());
    }

    private static RiskId idOf(Risk risk) {
        return risk.id().orElseThrow(() -> new IllegalArgumentException("only a stored risk is reviewed"));
    }
}
