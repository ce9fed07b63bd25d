package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often a risk is reviewed, by level: the worse the risk, the sooner it is looked at again. The defaults
 * (30, 90, 180 and 365 days) follow common practice; an organisation may set its own cadence, but never one
 * that reviews a worse risk less often than a milder one.
 */
public record RiskReviewPolicy(int criticalDays, int highDays, int mediumDays, int lowDays) {

    /** Ten years: beyond that a "review" is no review at all. */
    public static final int MAX_DAYS = 3650;

    public RiskReviewPolicy {
        requireDays("critical_days", criticalDays);
        requireDays("high_days", highDays);
        requireDays("medium_days", mediumDays);
        requireDays("low_days", lowDays);
        if (criticalDays > highDays || highDays > mediumDays || mediumDays > lowDays) {
            throw new RuleViolationException("review_cadence_inverted",
                    "a more severe level must be reviewed at least as often as a milder one");
        }
    }

    public static RiskReviewPolicy defaults() {
        return new RiskReviewPolicy(30, 90, 180, 365);
    }

    private static void requireDays(String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException(field, "must be between 1 and " + MAX_DAYS + " days");
        }
    }

    public Duration interval(RiskLevel level) {
        int days = switch (Objects.requireNonNull(level, "level")) {
            case CRITICAL -> criticalDays;
            case HIGH -> highDays;
            case MEDIUM -> mediumDays;
            case LOW -> lowDays;
        };
        return Duration.ofDays(days);
    }

    /** When a risk at {@code level} reviewed at {@code lastReview} is due again, to the millisecond. */
    public Instant nextReview(RiskLevel level, Instant lastReview) {
        return Timestamps.truncate(lastReview.plus(interval(level)));
    }

    /** A review due at {@code nextReview} is overdue once that instant has passed; on the instant it is due. */
    public boolean isOverdue(Instant nextReview, Instant now) {
        return now.isAfter(nextReview);
    }
}
