package io.aegis.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment's overall score, 0 to 100: every applicable, assessed control weighs the same, and earns the credit
 * of its implementation status (implemented 1, partially implemented 0.5, not implemented 0) times its effectiveness
 * factor when rated (effective 1, partially effective 0.75, ineffective 0.25). The score is 100 times the credits
 * over the number of those controls, rounded half up to two decimals; the risk rating is the band of the rounded
 * score. Not applicable controls are out of the sum and of the coverage; not assessed ones lower the coverage, not
 * the score. Groups (families, functions) never have evaluations. Arithmetic is decimal, so the same evaluations
 * always give the same digits.
 */
public final class AssessmentScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCORE_SCALE = 2;
    private static final int COVERAGE_SCALE = 4;

    private AssessmentScoring() {
    }

    public static AssessmentScore score(Collection<EvaluationTally> tallies) {
        Map<ImplementationStatus, Long> counts = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus status : ImplementationStatus.values()) {
            counts.put(status, 0L);
        }
        List<ScoreTerm> terms = new ArrayList<>();
        BigDecimal credits = BigDecimal.ZERO;
        for (EvaluationTally tally : sorted(merged(tallies))) {
            counts.merge(tally.status(), tally.controls(), Long::sum);
            Optional<BigDecimal> statusCredit = tally.status().credit();
            if (statusCredit.isPresent() && tally.controls() > 0) {
                BigDecimal credit = statusCredit.get()
                        .multiply(tally.effectiveness().map(Effectiveness::factor).orElse(BigDecimal.ONE));
                BigDecimal subtotal = credit.multiply(BigDecimal.valueOf(tally.controls()));
                terms.add(new ScoreTerm(tally.status(), tally.effectiveness(), tally.controls(), credit, subtotal));
                credits = credits.add(subtotal);
            }
        }
        long applicable = counts.entrySet().stream().filter(entry -> entry.getKey().applicable())
                .mapToLong(Map.Entry::getValue).sum();
        long assessed = counts.entrySet().stream().filter(entry -> entry.getKey().assessed())
                .mapToLong(Map.Entry::getValue).sum();
        Optional<BigDecimal> coverage = applicable == 0 ? Optional.empty()
                : Optional.of(ratio(BigDecimal.valueOf(assessed), applicable, COVERAGE_SCALE));
        Optional<BigDecimal> overall = assessed == 0 ? Optional.empty()
                : Optional.of(ratio(credits.multiply(HUNDRED), assessed, SCORE_SCALE));
        return new AssessmentScore(counts, applicable, assessed, coverage, terms, credits, overall,
                overall.map(AssessmentRiskRating::of));
    }

    /** Tallies the evaluations themselves, for callers that hold them rather than their counts. */
    public static AssessmentScore scoreEvaluations(Collection<ControlEvaluation> evaluations) {
        return score(evaluations.stream()
                .map(evaluation -> new EvaluationTally(evaluation.status(), evaluation.rating(), 1))
                .toList());
    }

    private static BigDecimal ratio(BigDecimal numerator, long denominator, int scale) {
        return numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    private static Collection<EvaluationTally> merged(Collection<EvaluationTally> tallies) {
        Map<List<Object>, EvaluationTally> merged = new LinkedHashMap<>();
        for (EvaluationTally tally : tallies) {
            merged.merge(List.of(tally.status(), tally.effectiveness()), tally, (a, b) ->
                    new EvaluationTally(a.status(), a.effectiveness(), a.controls() + b.controls()));
        }
        return merged.values();
    }

    /** Terms in a stable order: by status as declared, unrated before the ratings as declared. */
    private static List<EvaluationTally> sorted(Collection<EvaluationTally> tallies) {
        return tallies.stream().sorted(Comparator.comparing(EvaluationTally::status)
                .thenComparing(tally -> tally.effectiveness().map(Enum::ordinal).orElse(-1))).toList();
    }
}
