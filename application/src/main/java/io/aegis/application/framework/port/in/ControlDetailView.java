package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * One control with its surroundings.
 *
 * @param parent          the group or control it sits in, or null at the top
 * @param children        the controls directly under it, in catalog order
 * @param movedToControls the controls of {@code control.movedTo()} that the framework holds, in that order
 */
public record ControlDetailView(ControlView control, ControlSummary parent, List<ControlSummary> children,
                                List<ControlSummary> movedToControls) {

    public ControlDetailView {
        children = List.copyOf(children);
        movedToControls = List.copyOf(movedToControls);
    }
}
