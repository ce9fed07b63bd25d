package io.aegis.adapters.integrations.mapping;

import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How mapping files write what Aegis keeps, shared by both formats. Relationships: OSCAL's tokens
 * ({@code equivalent-to}, {@code superset-of}, ...), NIST IR 8477's words ({@code subset of}, {@code not related to})
 * and Aegis's keys; blank is an untyped crosswalk, {@code related}. Confidence: {@code low|medium|high}, or a score (a
 * fraction 0..1 as OSCAL's {@code percentage}, or {@code 85%}) read as high from 0.8, medium from 0.5, else low.
 */
final class MappingVocabulary {

    private static final BigDecimal HIGH = new BigDecimal("0.8");
    private static final BigDecimal MEDIUM = new BigDecimal("0.5");

    private MappingVocabulary() {
    }

    static MappingRelationship relationship(String text, String where) {
        if (text == null || text.isBlank()) {
            return MappingRelationship.RELATED;
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        key = switch (key) {
            case "equal_to" -> "equal";
            case "equivalent_to" -> "equivalent";
            case "not_related_to", "not_related" -> "no_relationship";
            default -> key;
        };
        try {
            return MappingRelationship.fromKey(key);
        } catch (InvalidValueException e) {
            throw new UnreadableMappingFileException(where + ": the relationship \"" + text + "\" is none of"
                    + " equal, equivalent, subset-of, superset-of, intersects-with, no-relationship, related");
        }
    }

    static Optional<MappingConfidence> confidence(String text, String where) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (MappingConfidence level : MappingConfidence.values()) {
            if (level.key().equals(value)) {
                return Optional.of(level);
            }
        }
        try {
            BigDecimal score = value.endsWith("%")
                    ? new BigDecimal(value.substring(0, value.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(value);
            return Optional.of(confidence(score, where));
        } catch (NumberFormatException e) {
            throw new UnreadableMappingFileException(where + ": the confidence \"" + text
                    + "\" is neither low, medium, high nor a score such as 0.9 or 90%");
        }
    }

    static MappingConfidence confidence(BigDecimal fraction, String where) {
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new UnreadableMappingFileException(where + ": the confidence score " + fraction.toPlainString()
                    + " is not between 0 and 1 (0% and 100%)");
        }
        return fraction.compareTo(HIGH) >= 0 ? MappingConfidence.HIGH
                : fraction.compareTo(MEDIUM) >= 0 ? MappingConfidence.MEDIUM : MappingConfidence.LOW;
    }

    /** A value the domain refuses (a rationale too long, a strength of 11) is the file's fault. */
    static <T> T checked(String where, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw new UnreadableMappingFileException(where + ": " + e.field() + " " + e.getMessage());
        }
    }

    static void requireRoom(int rows, int maxRows) {
        if (rows > maxRows) {
            throw new UnreadableMappingFileException("the file relates more than " + maxRows + " pairs of controls");
        }
    }
}
