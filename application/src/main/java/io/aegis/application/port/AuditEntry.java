package io.aegis.application.port;

import io.aegis.domain.organisation.OrgUnitId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the audit trail.
 *
 * @param action       {@code <resource>.<verb>}, e.g. {@code asset_category.update}
 * @param resourceId   empty when the action failed before a resource existed
 * @param unit         the organisational unit of the resource, which decides who may read the entry; null for a
 *                     resource of no unit (a user, a role, a unit itself) and for a refusal
 * @param before       the resource's view before the change, or null when it did not exist
 * @param after        its view after the change, or null when it no longer exists
 */
public record AuditEntry(Actor actor, Instant at, String action, String resourceType, Long resourceId,
                         OrgUnitId unit, Object before, Object after, Outcome outcome, String errorMessage) {

    public enum Outcome {
        SUCCESS, FAILURE, DENIED;

        /** What the trail stores and clients filter on: {@code success}, {@code failure}, {@code denied}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEntry success(Actor actor, Instant at, String action, String resourceType, long resourceId,
                                     OrgUnitId unit, Object before, Object after) {
        return new AuditEntry(actor, at, action, resourceType, resourceId, unit, before, after, Outcome.SUCCESS,
                null);
    }
}
