package io.aegis.application.risk;

import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the risk-matrix services share: the resource's name, loading within a scope, uniqueness, and moving the
 * default. A matrix is a definition its unit shares downwards: a reader sees it when the reader's scope
 * {@link Scope#shares shares} its unit, and changes it only with {@code matrix:write} in that unit itself.
 */
final class RiskMatrixServiceSupport {

    static final String RESOURCE = "risk_matrix";

    private RiskMatrixServiceSupport() {
    }

    /** A matrix {@code scope} shares; one it does not is not found, exactly as one that does not exist. */
    static RiskMatrix loadIn(RiskMatrixRepository matrices, RiskMatrixId id, Scope scope) {
        return matrices.findById(id).filter(matrix -> scope.shares(matrix.unit())).orElseThrow(() -> notFound(id));
    }

    /**
     * A matrix the change may write: one of a unit outside the change's scope is not found when the actor cannot
     * see it, forbidden when the actor sees it (its unit is above one the actor reads in) but may not change it.
     */
    static RiskMatrix loadToChange(RiskMatrixRepository matrices, RiskMatrixId id, Change change) {
        RiskMatrix matrix = matrices.findById(id).orElseThrow(() -> notFound(id));
        change.requireWithin(matrix.unit(), Permission.MATRIX_WRITE,
                sharedAsRows(change.actor().scopeOf(Permission.RISK_READ)), () -> notFound(id));
        return matrix;
    }

    /** The units whose matrices {@code read} sees, as a scope of rows: its own units and those above them. */
    private static Scope sharedAsRows(Scope read) {
        if (read.unlimited()) {
            return read;
        }
        Set<OrgUnitId> units = new HashSet<>(read.units());
        units.addAll(read.above());
        return new Scope(false, units, Set.of());
    }

    private static NotFoundException notFound(RiskMatrixId id) {
        return new NotFoundException("risk matrix", id);
    }

    static void requireFree(RiskMatrixRepository matrices, RiskMatrixName name, Optional<RiskMatrixId> except) {
        if (matrices.nameTaken(name, except)) {
            throw new ConflictException("duplicate_name",
                    "a risk matrix named '" + name.value() + "' already exists (names ignore case;"
                            + " it may be inactive)");
        }
    }

    /**
     * After {@code successor} was stored as the default, {@code previous} (the default read before that write)
     * stops being it, audited like any change, so that exactly one default remains.
     */
    static void handOverDefault(RiskMatrixRepository matrices, Change change, Optional<RiskMatrix> previous,
                                RiskMatrix successor) {
        Optional<RiskMatrix> other = previous.filter(p -> !p.id().equals(successor.id()));
        if (other.isEmpty()) {
            return;
        }
        RiskMatrix former = other.get();
        RiskMatrix demoted = former.handDefaultTo(successor, change.now());
        if (!matrices.update(demoted, former.version())) {
            throw new ConflictException("default_changed",
                    "the default risk matrix changed while this request ran; try again");
        }
        change.auditIn("risk_matrix.update", former.unit(), RESOURCE, former.id().orElseThrow().value(),
                RiskMatrixView.of(former), RiskMatrixView.of(demoted));
    }
}
