package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Change;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.RiskScoreEntry;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the risk services share: the resource's name, loading within a scope, reference checks and the score
 * history.
 */
final class RiskServiceSupport {

    static final String RESOURCE = "risk";

    private RiskServiceSupport() {
    }

    /** A risk of {@code scope}; one out of it is not found, exactly as one that does not exist. */
    static Risk loadIn(RiskRepository risks, RiskId id, Scope scope) {
        return risks.findById(id).filter(risk -> scope.includes(risk.unit())).orElseThrow(() -> notFound(id));
    }

    /**
     * A risk the change may write: one out of the change's scope is not found when the actor cannot read it either,
     * forbidden when it can.
     */
    static Risk loadToChange(RiskRepository risks, RiskId id, Change change) {
        return loadToChange(risks, id, Permission.RISK_WRITE, change);
    }

    /** A risk the change may act on with {@code permission} (deciding its acceptance needs {@code risk:accept}). */
    static Risk loadToChange(RiskRepository risks, RiskId id, Permission permission, Change change) {
        Risk risk = risks.findById(id).orElseThrow(() -> notFound(id));
        change.requireWithin(risk.unit(), permission, change.actor().scopeOf(Permission.RISK_READ),
                () -> notFound(id));
        return risk;
    }

    private static NotFoundException notFound(RiskId id) {
        return new NotFoundException("risk", id);
    }

    /**
     * The matrix a risk is newly rated on: an active one it names that the actor may see (a matrix it may not see
     * is refused as one that does not exist), else the default.
     */
    static RiskMatrix matrixToRateOn(RiskMatrixRepository matrices, Optional<RiskMatrixId> id, Actor actor) {
        Scope visible = actor.scopeOf(Permission.RISK_READ);
        Optional<RiskMatrix> matrix = id.isPresent()
                ? matrices.findById(id.get()).filter(RiskMatrix::active).filter(m -> visible.shares(m.unit()))
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
        return matrices.findById(id).orElseThrow(() -> unknownMatrix(id));
    }

    /** A matrix retired or not that {@code visible} shares; one it does not is refused as one that does not exist. */
    static RiskMatrix visibleMatrix(RiskMatrixRepository matrices, RiskMatrixId id, Scope visible) {
        return matrices.findById(id).filter(matrix -> visible.shares(matrix.unit()))
                .orElseThrow(() -> unknownMatrix(id));
    }

    private static RuleViolationException unknownMatrix(RiskMatrixId id) {
        return new RuleViolationException("unknown_risk_matrix", "risk matrix " + id + " does not exist");
    }

    /**
     * The checks of an edit that moves {@code current} to {@code unit} or rates it on another {@code matrix}: the
     * change may write in the unit it goes to (the unit it leaves was checked as the row the change touches), and
     * the matrix rates that unit's risks. An edit that does neither keeps a placement that was checked before.
     */
    static void requirePlacement(Change change, RiskReferences references, Risk current, OrgUnitId unit,
                                 RiskMatrix matrix) {
        boolean moves = !unit.equals(current.unit());
        if (moves) {
            UnitPlacement.requireTarget(change, unit, references::activeUnitExists);
        }
        if (moves || !matrix.id().orElseThrow().equals(current.matrixId())) {
            requireApplies(references, matrix, unit);
        }
    }

    /**
     * A matrix rates the risks of its own unit and of the units below it, never those of a unit beside or above it.
     *
     * @throws RuleViolationException {@code matrix_not_applicable}
     */
    static void requireApplies(RiskReferences references, RiskMatrix matrix, OrgUnitId unit) {
        OrgUnitId owner = matrix.unit();
        if (owner.equals(OrgUnitId.ROOT) || owner.equals(unit) || references.units().pathFromRoot(unit)
                .contains(owner)) {
            return;
        }
        throw new RuleViolationException("matrix_not_applicable", "risk matrix " + matrix.id().orElseThrow()
                + " belongs to unit " + owner + ", which is neither unit " + unit + " nor above it,"
                + " so it cannot rate that unit's risks");
    }

    /**
     * Checks the asset and owner that {@code facts} newly point at; references kept from {@code before} stay
     * valid even if their asset or user was retired since. An asset out of {@code assets} (where the actor reads
     * assets) is refused exactly as one that does not exist.
     */
    static void requireReferences(RiskReferences references, RiskFacts facts, Optional<RiskFacts> before,
                                  Scope assets) {
        facts.asset().filter(asset -> before.flatMap(RiskFacts::asset).filter(asset::equals).isEmpty())
                .filter(asset -> !references.activeAssetExists(asset, assets))
                .ifPresent(asset -> {
                    throw new RuleViolationException("unknown_asset", "asset " + asset + " does not exist or is retired");
                });
        facts.owner().filter(owner -> before.flatMap(RiskFacts::owner).filter(owner::equals).isEmpty())
                .filter(owner -> !references.activeUserExists(owner))
                .ifPresent(owner -> {
                    throw new RuleViolationException("unknown_owner", "user " + owner + " does not exist or is disabled");
                });
    }

    /**
     * Moves a risk the change may write, records the move in its review record and audits it as
     * {@code risk.transition}, whichever use case moves it.
     */
    static RiskView transition(RiskRepository risks, Change change, TransitionRiskCommand command,
                               RiskReviewPolicy policy) {
        Risk current = loadToChange(risks, command.id(), change);
        Risk moved = current.transitionTo(command.to(), policy, change.now());
        StaleVersionException.requireWritten(risks.update(moved, current.version()),
                ExpectedVersion.ANY, "risk", command.id());
        recordReview(risks, change.actor(), by -> RiskReview.transition(current, moved, by,
                command.reason().map(RiskNote::new)));
        RiskView after = RiskView.of(moved);
        change.auditIn("risk.transition", current.unit(), RESOURCE, after.id(), RiskView.of(current),
                new RiskTransitionAudit(current.status().key(), moved.status().key(), command.reason().orElse(null),
                        after));
        return after;
    }

    /**
     * Appends what {@code review} makes of the actor to the risk's review record. The record names a person: a
     * system actor (an embedder's job) leaves no row, its audit entry tells.
     */
    static void recordReview(RiskRepository risks, Actor actor, Function<UserId, RiskReview> review) {
        actor.userId().map(UserId::new).map(review).ifPresent(risks::appendReview);
    }

    /**
     * The person acting: acceptances are asked for and decided by people, whom the record names for good.
     *
     * @throws RuleViolationException ({@code person_required}) for a system actor
     */
    static UserId person(Actor actor) {
        return actor.userId().map(UserId::new).orElseThrow(() -> new RuleViolationException("person_required",
                "acceptances are asked for and decided by a signed-in person"));
    }

    /** Appends the ratings of {@code types} as {@code risk} now holds them to its history. */
    static void recordScores(RiskRepository risks, Risk risk, List<ScoreType> types, RiskMatrix matrix,
                             ScoringNote note, Actor actor) {
        if (!types.isEmpty()) {
            risks.appendScores(RiskScoreEntry.of(risk, types, matrix, note, actor.userId().map(UserId::new)));
        }
    }
}
