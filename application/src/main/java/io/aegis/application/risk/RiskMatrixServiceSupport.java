package io.aegis.application.risk;

import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import java.util.Optional;

/** What the risk-matrix services share: the resource's name, loading, uniqueness, and moving the default. */
final class RiskMatrixServiceSupport {

    static final String RESOURCE = "risk_matrix";

    private RiskMatrixServiceSupport() {
    }

    static RiskMatrix load(RiskMatrixRepository matrices, RiskMatrixId id) {
        return matrices.findById(id).orElseThrow(() -> new NotFoundException("risk matrix", id));
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
        change.auditIn("risk_matrix.update", null, RESOURCE, former.id().orElseThrow().value(), RiskMatrixView.of(former),
                RiskMatrixView.of(demoted));
    }
}
