package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.jooq.tables.records.RiskMatricesRecord;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one mapping between a {@code risk_matrices} row and the domain's {@link RiskMatrix}. The four JSON
 * columns have the shapes docs/SCHEMA.md gives; the domain re-checks them on every read, so a matrix edited
 * behind Aegis's back fails loudly instead of scoring wrongly.
 */
final class RiskMatrixRows {

    private static final TypeReference<List<StoredLevel>> LEVELS = new TypeReference<>() {
    };
    private static final TypeReference<List<List<Double>>> GRID = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredBand>> BANDS = new TypeReference<>() {
    };

    private RiskMatrixRows() {
    }

    /** {@code {"value":1,"name":"Rare","description":"..."}} */
    private record StoredLevel(int value, String name, String description) {

        static StoredLevel of(MatrixLevel level) {
            return new StoredLevel(level.value(), level.name(), level.description());
        }

        MatrixLevel toDomain() {
            return new MatrixLevel(value, name, description);
        }
    }

    /** {@code {"level":"low","min_score":1,"max_score":4,"color":"#2E7D32"}} */
    private record StoredBand(String level, @JsonProperty("min_score") double minScore,
                              @JsonProperty("max_score") double maxScore, String color) {

        static StoredBand of(RiskBand band) {
            return new StoredBand(band.level().key(), band.minScore(), band.maxScore(), band.color().value());
        }

        RiskBand toDomain() {
            RiskLevel risk = RiskLevel.fromKey(level)
                    .orElseThrow(() -> new IllegalStateException("a stored band names an unknown level"));
            return new RiskBand(risk, minScore, maxScore, new HexColor(color));
        }
    }

    /**
     * The matrix of a row read before, unchanged since: parsing the four JSON columns and checking the grid was most
     * of the time a read of one risk took (JFR, issue #11). Keyed by the row's every value, so a changed row is
     * parsed again, on every node; the matrices are few, the bound only keeps a pathological register in check.
     */
    private static final Map<Integer, Parsed> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 1_000;

    private record Parsed(Object[] values, RiskMatrix matrix) {
    }

    static RiskMatrix toDomain(RiskMatricesRecord row) {
        Object[] values = row.intoArray();
        Parsed last = PARSED.get(row.getId());
        if (last != null && Arrays.equals(last.values(), values)) {
            return last.matrix();
        }
        RiskMatrix matrix = parse(row);
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear();
        }
        PARSED.put(row.getId(), new Parsed(values, matrix));
        return matrix;
    }

    private static RiskMatrix parse(RiskMatricesRecord row) {
        MatrixScoring scoring = new MatrixScoring(
                read(row.getLikelihoodLevels(), LEVELS).stream().map(StoredLevel::toDomain).toList(),
                read(row.getImpactLevels(), LEVELS).stream().map(StoredLevel::toDomain).toList(),
                read(row.getRiskScores(), GRID),
                read(row.getRiskLevels(), BANDS).stream().map(StoredBand::toDomain).toList());
        return RiskMatrix.restore(
                new RiskMatrixId(row.getId()),
                new RiskMatrixName(row.getName()),
                row.getDescription() == null ? null : new Description(row.getDescription()),
                scoring,
                new OrgUnitId(row.getOrgUnitId()),
                Boolean.TRUE.equals(row.getIsDefault()),
                !Boolean.FALSE.equals(row.getIsActive()),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** Copies every stored property of {@code matrix} into {@code row} (the id excepted). */
    static RiskMatricesRecord fill(RiskMatricesRecord row, RiskMatrix matrix) {
        MatrixScoring scoring = matrix.scoring();
        return row
                .setName(matrix.name().value())
                .setNameKey(matrix.name().key())
                .setDescription(matrix.description().map(Description::value).orElse(null))
                .setLikelihoodLevels(write(scoring.likelihoodLevels().stream().map(StoredLevel::of).toList()))
                .setImpactLevels(write(scoring.impactLevels().stream().map(StoredLevel::of).toList()))
                .setRiskScores(write(scoring.scores()))
                .setRiskLevels(write(scoring.bands().stream().map(StoredBand::of).toList()))
                .setOrgUnitId(Math.toIntExact(matrix.unit().value()))
                .setIsDefault(matrix.isDefault())
                .setIsActive(matrix.active())
                .setCreatedAt(matrix.createdAt())
                .setUpdatedAt(matrix.updatedAt());
    }

    static RiskMatricesRecord newRow(RiskMatrix matrix) {
        return fill(RISK_MATRICES.newRecord(), matrix);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            throw new IllegalStateException("a stored risk matrix lacks one of its JSON columns");
        }
        return JsonColumns.parse(json, type);
    }

    private static String write(Object value) {
        return JsonColumns.render(value);
    }
}
