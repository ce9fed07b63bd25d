package io.aegis.application.framework;

import io.aegis.application.framework.port.in.BaselineView;
import io.aegis.application.framework.port.in.ListBaselinesUseCase;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import java.util.List;

public record ListBaselinesService(UseCaseRunner run, FrameworkReadModel frameworks) implements ListBaselinesUseCase {

    @Override
    public List<BaselineView> list(Actor actor, FrameworkId framework) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "baseline.list");
        FrameworkServiceSupport.load(frameworks, framework);
        return frameworks.baselines(framework);
    }
}
