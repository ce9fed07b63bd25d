package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.shared.Description;
import java.time.Instant;
import java.util.List;

/**
 * A risk matrix as clients see it: the stored JSON shapes of docs/SCHEMA.md. {@code riskScores} holds one row
 * per likelihood level, one column per impact level. {@code description} may be null.
 */
public record RiskMatrixView(long id, String name, String description, List<Level> likelihoodLevels,
                             List<Level> impactLevels, List<List<Double>> riskScores, List<Band> riskLevels,
                             long orgUnitId, boolean isDefault, boolean active, Instant createdAt, Instant updatedAt) {

    /** One named step of an axis. */
    public record Level(int value, String name, String description) {

        static Level of(MatrixLevel level) {
            return new Level(level.value(), level.name(), level.description());
        }
    }

    /** The scores from {@code minScore} to {@code maxScore}, both included, that rate as {@code level}. */
    public record Band(String level, double minScore, double maxScore, String color) {

        static Band of(RiskBand band) {
            return new Band(band.level().key(), band.minScore(), band.maxScore(), band.color().value());
        }
    }

    public static RiskMatrixView of(RiskMatrix matrix) {
        MatrixScoring scoring = matrix.scoring();
        return new RiskMatrixView(
                matrix.id().orElseThrow(() -> new IllegalStateException("an unsaved matrix has no view")).value(),
                matrix.name().value(),
                matrix.description().map(Description::value).orElse(null),
                scoring.likelihoodLevels().stream().map(Level::of).toList(),
                scoring.impactLevels().stream().map(Level::of).toList(),
                scoring.scores(),
                scoring.bands().stream().map(Band::of).toList(),
                matrix.unit().value(),
                matrix.isDefault(),
                matrix.active(),
                matrix.createdAt(),
                matrix.updatedAt());
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}
