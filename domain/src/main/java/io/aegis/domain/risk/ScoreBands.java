package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Objects;

/**
 * The rules a matrix's bands follow as a whole: in rising order of level and of score, never overlapping,
 * and together rating every score of the grid. A band list may skip a level (a 3x3 matrix may know no
 * critical), but any score the grid can produce must land in exactly one band.
 */
final class ScoreBands {

    private ScoreBands() {
    }

    static List<RiskBand> require(List<RiskBand> bands, List<List<Double>> grid) {
        if (bands == null || bands.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("risk_levels", "is required");
        }
        List<RiskBand> copy = List.copyOf(bands);
        for (int i = 1; i < copy.size(); i++) {
            requireFollows(copy.get(i - 1), copy.get(i));
        }
        grid.stream().flatMap(List::stream).distinct()
                .filter(score -> copy.stream().noneMatch(band -> band.covers(score)))
                .findFirst()
                .ifPresent(score -> {
                    throw new RuleViolationException("matrix_incomplete",
                            "risk_levels: no band rates the score " + score
                                    + "; every score of the grid needs a level");
                });
        return copy;
    }

    private static void requireFollows(RiskBand previous, RiskBand next) {
        if (next.level().compareTo(previous.level()) <= 0 || next.maxScore() < previous.minScore()) {
            throw new RuleViolationException("bands_out_of_order",
                    "risk_levels must rise from low to critical, each level once; " + next.level().key()
                            + " cannot follow " + previous.level().key());
        }
        if (next.minScore() <= previous.maxScore()) {
            throw new RuleViolationException("bands_overlap",
                    "risk_levels: the " + previous.level().key() + " and " + next.level().key()
                            + " bands overlap; a score may rate as one level only");
        }
    }
}
