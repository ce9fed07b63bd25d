package io.aegis.application.framework;

import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.in.ListFrameworksUseCase;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListFrameworksService(UseCaseRunner run, FrameworkReadModel frameworks) implements ListFrameworksUseCase {

    @Override
    public Page<FrameworkView> list(Actor actor, ListFrameworksQuery query) {
        // frameworks are organisation-wide, of no unit: whoever reads them in any unit may read them all
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "framework.list");
        return frameworks.list(query);
    }
}
