package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.ListControlMappingsUseCase;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListControlMappingsService(UseCaseRunner run, ControlMappingReadModel readModel)
        implements ListControlMappingsUseCase {

    @Override
    public Page<ControlMappingView> list(Actor actor, ListControlMappingsQuery query) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "control_mapping.list");
        return readModel.list(query);
    }
}
