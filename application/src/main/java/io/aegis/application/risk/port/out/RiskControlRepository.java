package io.aegis.application.risk.port.out;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskId;
import java.time.Instant;
import java.util.Optional;

/** The controls that treat risks ({@code risk_controls}), and what the risk context needs to know of a control. */
public interface RiskControlRepository {

    /** A control by id, active or withdrawn; empty when there is none. */
    Optional<TreatableControl> control(ControlId id);

    /** How {@code control} treats {@code risk}; empty when it is not linked to it. */
    Optional<ControlTreatment> find(RiskId risk, ControlId control);

    void insert(RiskId risk, ControlId control, ControlTreatment treatment, Optional<UserId> by, Instant now);

    void update(RiskId risk, ControlId control, ControlTreatment treatment, Instant now);

    /** @return whether there was a link to remove */
    boolean delete(RiskId risk, ControlId control);

    /**
     * @param label  the control's id in its framework ({@code AC-2})
     * @param active false once its catalog withdrew it
     * @param group  whether it only groups other controls (a family), which is never assessed
     */
    record TreatableControl(ControlId id, String label, boolean active, boolean group) {
    }
}
