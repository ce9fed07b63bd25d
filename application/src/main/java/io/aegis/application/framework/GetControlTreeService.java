package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlTreeView;
import io.aegis.application.framework.port.in.GetControlTreeUseCase;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import java.util.Optional;

/** A framework's controls as a tree: one read of its outline (at most a catalog's entries), nested in memory. */
public record GetControlTreeService(UseCaseRunner run, FrameworkReadModel frameworks, ControlReadModel controls)
        implements GetControlTreeUseCase {

    @Override
    public ControlTreeView tree(Actor actor, FrameworkId framework, Optional<String> text) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "control.list");
        FrameworkServiceSupport.load(frameworks, framework);
        return ControlTreeView.of(framework.value(), controls.outline(framework), text);
    }
}
