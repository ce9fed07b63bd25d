package io.aegis.application.assessment.port.in;

import io.aegis.domain.assessment.AssessmentScore;
import io.aegis.domain.assessment.AssessmentStatus;
import java.util.Optional;

/**
 * An assessment's score as its evaluations give it now, with the explanation; and, once it completed, the score it
 * stored then (which later evaluations cannot change, since a completed assessment takes none).
 */
public record AssessmentScoreView(long assessmentId, AssessmentStatus status, AssessmentScore live,
                                  Optional<Double> storedScore, Optional<String> storedRating) {
}
