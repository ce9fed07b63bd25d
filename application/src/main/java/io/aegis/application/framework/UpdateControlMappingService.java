package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.UpdateControlMappingCommand;
import io.aegis.application.framework.port.in.UpdateControlMappingUseCase;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.identity.Permission;

/** Changes a mapping's terms, if its version is still the one the client read; the same terms change nothing. */
public record UpdateControlMappingService(UseCaseRunner run, ControlMappingRepository mappings,
                                          ControlMappingReadModel readModel) implements UpdateControlMappingUseCase {

    @Override
    public ControlMappingView update(Actor actor, UpdateControlMappingCommand command) {
        return run.change(actor, Permission.FRAMEWORK_WRITE, "control_mapping.update", change -> {
            ControlMapping current = ControlMappingServiceSupport.load(mappings, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(),
                    ControlMappingServiceSupport.RESOURCE, command.id());
            ControlMapping changed = current.revise(command.apply(current.terms()), change.now());
            if (changed != current) {
                StaleVersionException.requireWritten(mappings.update(changed, current.version()),
                        command.expectedVersion(), ControlMappingServiceSupport.RESOURCE, command.id());
                change.audit(ControlMappingServiceSupport.RESOURCE, command.id().value(),
                        ControlMappingView.of(current), ControlMappingView.of(changed));
            }
            return ControlMappingServiceSupport.read(readModel, command.id());
        });
    }
}
