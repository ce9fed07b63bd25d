package io.aegis.domain.compliance;

import io.aegis.domain.assessment.AssessmentScore;
import io.aegis.domain.assessment.AssessmentScoring;
import io.aegis.domain.assessment.EvaluationTally;
import java.util.Collection;

/**
 * The controls of a family, or of the whole framework, counted: how many, how many stand on their own framework's
 * assessment and how many on another's, and the score {@link AssessmentScoring} gives their statuses (its counts per
 * status; not applicable left out, not assessed lowering the coverage and not the score), as if one assessment had
 * found what the posture shows.
 */
public record PostureTally(long controls, long direct, long inferred, AssessmentScore score) {

    static PostureTally of(Collection<ControlPosture> postures) {
        return new PostureTally(postures.size(), count(postures, PostureSource.DIRECT),
                count(postures, PostureSource.INFERRED), AssessmentScoring.score(postures.stream()
                        .map(posture -> new EvaluationTally(posture.status(), posture.effectiveness(), 1)).toList()));
    }

    /** The controls nothing says anything of. */
    public long notAssessed() {
        return controls - direct - inferred;
    }

    private static long count(Collection<ControlPosture> postures, PostureSource source) {
        return postures.stream().filter(posture -> posture.source() == source).count();
    }
}
