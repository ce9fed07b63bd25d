package io.aegis.domain.assessment;

import static io.aegis.domain.assessment.AssessmentStatus.CANCELLED;
import static io.aegis.domain.assessment.AssessmentStatus.COMPLETED;
import static io.aegis.domain.assessment.AssessmentStatus.IN_PROGRESS;
import static io.aegis.domain.assessment.AssessmentStatus.PLANNING;
import static io.aegis.domain.assessment.AssessmentStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The moves an assessment may make: planning, in progress, under review, completed, in that order. A reviewer may
 * send it back to in progress to have evaluations redone (they are frozen under review). It may be cancelled from
 * anywhere but completed; completed and cancelled are final, since a completed assessment is the record its score
 * stands on.
 */
public final class AssessmentLifecycle {

    private static final Map<AssessmentStatus, Set<AssessmentStatus>> MOVES = new EnumMap<>(Map.of(
            PLANNING, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(UNDER_REVIEW, CANCELLED),
            UNDER_REVIEW, Set.of(COMPLETED, IN_PROGRESS, CANCELLED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of()));

    private AssessmentLifecycle() {
    }

    public static Set<AssessmentStatus> allowedFrom(AssessmentStatus from) {
        return MOVES.get(Objects.requireNonNull(from, "from"));
    }

    /** @throws IllegalAssessmentTransitionException when the workflow does not lead from {@code from} to {@code to} */
    public static void requireMove(AssessmentStatus from, AssessmentStatus to) {
        Objects.requireNonNull(to, "to");
        if (!allowedFrom(from).contains(to)) {
            throw new IllegalAssessmentTransitionException(from, to, allowedFrom(from));
        }
    }
}
