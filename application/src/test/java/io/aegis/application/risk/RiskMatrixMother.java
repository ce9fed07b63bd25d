package io.aegis.application.risk;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

public final class RiskMatrixMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");

    private RiskMatrixMother() {
    }

    /** Scores likelihood x impact, rated low / medium / high / critical; any size from 3x3 to 6x6. */
    public static MatrixScoring multiplicative(int likelihoods, int impacts) {
        return new MatrixScoring(levels("L", likelihoods), levels("I", impacts),
                IntStream.rangeClosed(1, likelihoods)
                        .mapToObj(l -> IntStream.rangeClosed(1, impacts).mapToObj(i -> (double) l * i).toList())
                        .toList(),
                List.of(band(RiskLevel.LOW, 1, 4, "#2E7D32"), band(RiskLevel.MEDIUM, 5, 9, "#F9A825"),
                        band(RiskLevel.HIGH, 10, 16, "#EF6C00"), band(RiskLevel.CRITICAL, 17, 36, "#C62828")));
    }

    public static RiskMatrix aMatrix(String name) {
        return aMatrix(name, 3, 4, false, T0);
    }

    public static RiskMatrix aMatrix(String name, int likelihoods, int impacts, boolean isDefault, Instant at) {
        return aMatrixOf(OrgUnitId.ROOT, name, likelihoods, impacts, isDefault, at);
    }

    public static RiskMatrix aMatrixOf(OrgUnitId unit, String name, int likelihoods, int impacts, boolean isDefault,
                                       Instant at) {
        return RiskMatrix.define(new RiskMatrixName(name), Optional.of(new Description("about " + name)),
                multiplicative(likelihoods, impacts), unit, isDefault, at);
    }

    private static List<MatrixLevel> levels(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(value -> new MatrixLevel(value, prefix + value, "level " + value)).toList();
    }

    private static RiskBand band(RiskLevel level, double min, double max, String color) {
        return new RiskBand(level, min, max, new HexColor(color));
    }
}
