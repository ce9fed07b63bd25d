package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.MappedControl;

/** A control at one end of a mapping or reached through mappings, with its framework. */
public record MappedControlResponse(long id, String controlId, String title, long frameworkId, String frameworkName) {

    static MappedControlResponse of(MappedControl control) {
        return control == null ? null : new MappedControlResponse(control.id(), control.controlId(), control.title(),
                control.frameworkId(), control.frameworkName());
    }
}
