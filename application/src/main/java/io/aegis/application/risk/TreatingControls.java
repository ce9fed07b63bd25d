package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.application.risk.port.out.RiskControlRepository.TreatableControl;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.shared.RuleViolationException;

/** The checks on the control a risk's treatment names. */
final class TreatingControls {

    private TreatingControls() {
    }

    /** @throws RuleViolationException {@code unknown_control} when there is no such control */
    static TreatableControl known(RiskControlRepository links, ControlId id) {
        return links.control(id).orElseThrow(() -> new RuleViolationException("unknown_control",
                "control " + id + " does not exist"));
    }

    /**
     * A control may start treating a risk while its catalog keeps it and when it is a control rather than a group.
     *
     * @throws RuleViolationException {@code withdrawn_control} or {@code control_group}
     */
    static void requireTreating(TreatableControl control) {
        if (!control.active()) {
            throw new RuleViolationException("withdrawn_control", "control " + control.label() + " ("
                    + control.id() + ") is withdrawn from its catalog and cannot treat a risk");
        }
        if (control.group()) {
            throw new RuleViolationException("control_group", "control " + control.label() + " (" + control.id()
                    + ") only groups other controls; link the controls it holds");
        }
    }
}
