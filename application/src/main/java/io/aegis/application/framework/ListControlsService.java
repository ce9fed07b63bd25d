package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListControlsUseCase;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListControlsService(UseCaseRunner run, FrameworkReadModel frameworks, ControlReadModel controls)
        implements ListControlsUseCase {

    @Override
    public Page<ControlView> list(Actor actor, ListControlsQuery query) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "control.list");
        // an unknown framework is a 404, not an empty page
        FrameworkServiceSupport.load(frameworks, query.framework());
        return controls.list(query);
    }
}
