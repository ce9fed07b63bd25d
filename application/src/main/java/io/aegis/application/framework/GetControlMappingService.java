package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.GetControlMappingUseCase;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.identity.Permission;

public record GetControlMappingService(UseCaseRunner run, ControlMappingReadModel readModel)
        implements GetControlMappingUseCase {

    @Override
    public ControlMappingView get(Actor actor, ControlMappingId id) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "control_mapping.read");
        return ControlMappingServiceSupport.read(readModel, id);
    }
}
