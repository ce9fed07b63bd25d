package io.aegis.domain.risk;

import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a risk's score history: a rating as it was given, by whom, when and why. History is only
 * appended to, so the entries of a risk tell how its assessment evolved.
 */
public record RiskScoreEntry(RiskId riskId, ScoreType type, RiskRating rating, String likelihoodRationale,
                             String impactRationale, String methodology, Optional<UserId> scoredBy,
                             Instant scoredAt) {

    public RiskScoreEntry {
        Objects.requireNonNull(riskId, "riskId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(scoredBy, "scoredBy");
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /**
     * The entries recording {@code risk}'s ratings of {@code types} as they stand, rated on {@code matrix},
     * scored when the risk last changed.
     *
     * @param risk a stored risk
     */
    public static List<RiskScoreEntry> of(Risk risk, List<ScoreType> types, RiskMatrix matrix, ScoringNote note,
                                          Optional<UserId> scoredBy) {
        RiskId id = risk.id().orElseThrow(() -> new IllegalArgumentException("only a stored risk has a history"));
        String methodology = note.ownMethodology().orElse(matrix.name().value());
        return types.stream()
                .flatMap(type -> risk.rating(type).stream().map(rating -> new RiskScoreEntry(id, type, rating,
                        note.likelihoodRationale(), note.impactRationale(), methodology, scoredBy,
                        risk.updatedAt())))
                .toList();
    }
}
