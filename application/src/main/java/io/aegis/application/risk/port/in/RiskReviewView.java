package io.aegis.application.risk.port.in;

import java.time.Instant;

/**
 * One row of a risk's review record. {@code kind} is {@code review} or {@code transition}; only a transition names
 * {@code fromStatus} and {@code toStatus}. {@code note}, the statuses and {@code nextReviewDate} may be null.
 */
public record RiskReviewView(long id, long riskId, String kind, long reviewedBy, Instant reviewedAt, String note,
                             String fromStatus, String toStatus, Instant nextReviewDate) {
}
