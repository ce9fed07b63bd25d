package io.aegis.adapters.web.assessment;

import io.aegis.application.assessment.port.in.AssessmentScoreView;
import io.aegis.domain.assessment.AssessmentRiskRating;
import io.aegis.domain.assessment.AssessmentScore;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.assessment.ScoreTerm;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /assessments/{id}/score}: the score the evaluations give now, how it is computed, and the one stored on
 * completion. Decimals are JSON numbers with their scale (75.00, 0.6316).
 */
public record AssessmentScoreResponse(long assessmentId, String status, BigDecimal overallScore, String riskRating,
                                      Double storedScore, String storedRiskRating, Explanation explanation) {

    /**
     * @param counts   controls per implementation status, every status named
     * @param coverage assessed / applicable, null when no control is applicable
     * @param formula  the computation in words
     */
    public record Explanation(Map<String, Long> counts, long applicable, long assessed, BigDecimal coverage,
                              List<Term> terms, BigDecimal credits, String formula) {
    }

    /** Controls evaluated alike, the credit each earns, and their subtotal. */
    public record Term(String implementationStatus, String effectivenessRating, long controls,
                       BigDecimal statusCredit, BigDecimal effectivenessFactor, BigDecimal creditPerControl,
                       BigDecimal subtotal) {

        static Term of(ScoreTerm term) {
            return new Term(term.status().key(), term.effectiveness().map(Effectiveness::key).orElse(null),
                    term.controls(), term.status().credit().orElseThrow(),
                    term.effectiveness().map(Effectiveness::factor).orElse(BigDecimal.ONE), term.creditPerControl(),
                    term.subtotal());
        }
    }

    private static final String FORMULA = "overall_score = 100 x credits / assessed, rounded half up to 2 decimals;"
            + " a control's credit is its status's (implemented 1, partially_implemented 0.5, not_implemented 0)"
            + " times its effectiveness factor when rated (effective 1, partially_effective 0.75, ineffective 0.25);"
            + " not_assessed and not_applicable controls are out of the sum; risk_rating: >= 90 low, >= 75 medium,"
            + " >= 50 high, else critical";

    static AssessmentScoreResponse of(AssessmentScoreView view) {
        AssessmentScore live = view.live();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ImplementationStatus status : ImplementationStatus.values()) {
            counts.put(status.key(), live.counts().getOrDefault(status, 0L));
        }
        Explanation explanation = new Explanation(counts, live.applicable(), live.assessed(),
                live.coverage().orElse(null), live.terms().stream().map(Term::of).toList(), live.credits(), FORMULA);
        return new AssessmentScoreResponse(view.assessmentId(), view.status().key(), live.overallScore().orElse(null),
                live.riskRating().map(AssessmentRiskRating::key).orElse(null), view.storedScore().orElse(null),
                view.storedRating().orElse(null), explanation);
    }
}
