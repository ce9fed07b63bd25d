package io.aegis.application.framework;

import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.GetFrameworkUseCase;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;

public record GetFrameworkService(UseCaseRunner run, FrameworkReadModel frameworks) implements GetFrameworkUseCase {

    @Override
    public FrameworkView get(Actor actor, FrameworkId id) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "framework.read");
        return FrameworkServiceSupport.load(frameworks, id);
    }
}
