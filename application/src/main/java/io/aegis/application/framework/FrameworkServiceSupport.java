package io.aegis.application.framework;

import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.framework.FrameworkId;

/** What the framework services share: the resources' names and loading a framework's view. */
final class FrameworkServiceSupport {

    static final String RESOURCE = "framework";
    static final String BASELINE = "baseline";

    private FrameworkServiceSupport() {
    }

    static FrameworkView load(FrameworkReadModel frameworks, FrameworkId id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }
}
