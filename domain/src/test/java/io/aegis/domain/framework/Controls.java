package io.aegis.domain.framework;

import java.util.Arrays;
import java.util.List;

/** Definitions for the framework tests: a control under a parent, with a title and nothing else. */
final class Controls {

    private Controls() {
    }

    static ControlDefinition control(String label, String parent) {
        return new ControlDefinition(new ControlLabel(label), parent == null ? null : new ControlLabel(parent), false,
                "control", label + " title", null, null, null, false, List.of());
    }

    static ControlDefinition group(String label) {
        return new ControlDefinition(new ControlLabel(label), null, true, "family", label + " family", null, null,
                null, false, List.of());
    }

    static ControlDefinition retitled(ControlDefinition control, String title) {
        return new ControlDefinition(control.label(), control.parent(), control.group(), control.controlType(), title,
                control.description(), control.implementationGuidance(), control.assessmentProcedures(),
                control.withdrawn(), control.movedTo());
    }

    static ControlDefinition withdrawnTo(ControlDefinition control, String... movedTo) {
        return new ControlDefinition(control.label(), control.parent(), control.group(), control.controlType(),
                control.title(), control.description(), control.implementationGuidance(),
                control.assessmentProcedures(), true, Arrays.stream(movedTo).map(ControlLabel::new).toList());
    }
}
