package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Optional;

/** What the risk services share: the resource's name, loading, reference checks and the score history. */
final class RiskServiceSupport {

    static final String RESOURCE = "risk";

    private RiskServiceSupport() {
    }

    static Risk load(RiskRepository risks, RiskId id) {
        return risks.findById(id).orElseThrow(() -> new NotFoundException("risk", id));
    }

    /** The matrix a risk is newly rated on: an active one it names, else the default. */
    static RiskMatrix matrixToRateOn(RiskMatrixRepository matrices, Optional<RiskMatrixId> id) {
        Optional<RiskMatrix> matrix = id.isPresent()
                ? matrices.findById(id.get()).filter(RiskMatrix::active)
                : matrices.findDefault();
        return matrix.orElseThrow(() -> new RuleViolationException("unknown_risk_matrix", id
                .map(value -> "risk matrix " + value + " does not exist or is retired")
                .orElse("there is no default risk matrix; name one with risk_matrix_id")));
    }

    /** The matrix a stored risk is rated on, retired or not. */
    static RiskMatrix matrixOf(RiskMatrixRepository matrices, Risk risk) {
        return matrixById(matrices, risk.matrixId());
    }

    /** A matrix retired or not: stored risks stay rated on it. */
    static RiskMatrix matrixById(RiskMatrixRepository matrices, RiskMatrixId id) {
        return matrices.findById(id).orElseThrow(() -> new RuleViolationException(
                "unknown_risk_matrix", "risk matrix " + id + " does not exist"));
    }

    /**
     * Checks the asset and owner that {@code facts} newly point at; references kept from {@code before} stay
     * valid even if their asset or user was retired since.
     */
    static void requireReferences(RiskReferences references, RiskFacts facts, Optional<RiskFacts> before) {
        facts.asset().filter(asset -> before.flatMap(RiskFacts::asset).filter(asset::equals).isEmpty())
                .filter(asset -> !references.activeAssetExists(asset))
                .ifPresent(asset -> {
                    throw new RuleViolationException("unknown_asset", "asset " + asset + " does not exist or is retired");
                });
        facts.owner().filter(owner -> before.flatMap(RiskFacts::owner).filter(owner::equals).isEmpty())
                .filter(owner -> !references.activeUserExists(owner))
                .ifPresent(owner -> {
                    throw new RuleViolationException("unknown_owner", "user " + owner + " does not exist or is disabled");
                });
    }

    /** Appends the ratings of {@code types} as {@code risk} now holds them to its history. */
    static void recordScores(RiskRepository risks, Risk risk, List<ScoreType> types, RiskMatrix matrix,
                             ScoringNote note, Actor actor) {
        if (!types.isEmpty()) {
            risks.appendScores(RiskScoreEntry.of(risk, types, matrix, note, actor.userId().map(UserId::new)));
        }
    }
}
