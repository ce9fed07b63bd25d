package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the levels and bands of a request into the domain's, naming each refused value by its place
 * ({@code likelihood_levels[2].name}). Whether the parts fit together is {@code MatrixScoring}'s to say.
 */
final class RiskMatrixParts {

    private static final String LEVEL_KEYS =
            Arrays.stream(RiskLevel.values()).map(RiskLevel::key).collect(Collectors.joining(", "));

    private RiskMatrixParts() {
    }

    /** The levels, or null after recording every refused one in {@code errors}. */
    static List<MatrixLevel> levels(FieldErrors errors, String field, List<RiskMatrixLevelRequest> raw) {
        if (raw == null) {
            return errors.attempt(() -> missing(field));
        }
        List<MatrixLevel> levels = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RiskMatrixLevelRequest level = raw.get(i);
            String at = field + "[" + i + "]";
            levels.add(errors.attempt(() -> placed(at, () -> new MatrixLevel(
                    required("value", level == null ? null : level.value()), level.name(), level.description()))));
        }
        return levels.contains(null) ? null : levels;
    }

    /** The bands, or null after recording every refused one in {@code errors}. */
    static List<RiskBand> bands(FieldErrors errors, String field, List<RiskMatrixBandRequest> raw) {
        if (raw == null) {
            return errors.attempt(() -> missing(field));
        }
        List<RiskBand> bands = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RiskMatrixBandRequest band = raw.get(i);
            String at = field + "[" + i + "]";
            bands.add(errors.attempt(() -> placed(at, () -> {
                if (band == null) {
                    throw new InvalidValueException("level", "is required");
                }
                RiskLevel level = RiskLevel.fromKey(required("level", band.level())).orElseThrow(() ->
                        new InvalidValueException("level", "must be one of " + LEVEL_KEYS));
                return new RiskBand(level, required("min_score", band.minScore()),
                        required("max_score", band.maxScore()), new HexColor(required("color", band.color())));
            })));
        }
        return bands.contains(null) ? null : bands;
    }

    /** The grid as sent; its shape and values are the domain's to judge. */
    static List<List<Double>> scores(FieldErrors errors, String field, List<List<Double>> raw) {
        return raw == null ? errors.attempt(() -> missing(field)) : raw;
    }

    private static <T> T missing(String field) {
        throw new InvalidValueException(field, "is required");
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** Runs {@code factory}, prefixing the field of a refusal with the element's place. */
    private static <T> T placed(String at, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(at + "." + e.field(), e.getMessage());
        }
    }
}
