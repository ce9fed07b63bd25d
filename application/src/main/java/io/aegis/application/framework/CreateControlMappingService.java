package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.CreateControlMappingCommand;
import io.aegis.application.framework.port.in.CreateControlMappingUseCase;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;

/**
 * Maps two existing controls. A pair already mapped, in either direction, is a 409 here; should two requests race, the
 * unique index on (source, target) refuses the second of one direction (the reverse direction is this check's).
 */
public record CreateControlMappingService(UseCaseRunner run, ControlReadModel controls,
                                          ControlMappingRepository mappings, ControlMappingReadModel readModel)
        implements CreateControlMappingUseCase {

    @Override
    public ControlMappingView create(Actor actor, CreateControlMappingCommand command) {
        return run.change(actor, Permission.FRAMEWORK_WRITE, "control_mapping.create", change -> {
            ControlMapping mapping = ControlMapping.record(command.source(), command.target(), command.terms(),
                    actor.userId().map(UserId::new), change.now());
            requireControl(command.source(), "source_control_id");
            requireControl(command.target(), "target_control_id");
            ControlMappingServiceSupport.requireUnmapped(mappings, command.source(), command.target());
            ControlMapping stored = mappings.insert(mapping);
            change.audit(ControlMappingServiceSupport.RESOURCE, stored.id().orElseThrow().value(), null,
                    ControlMappingView.of(stored));
            return ControlMappingServiceSupport.read(readModel, stored.id().orElseThrow());
        });
    }

    private void requireControl(ControlId id, String field) {
        if (controls.find(id).isEmpty()) {
            throw new RuleViolationException("unknown_control", field + " " + id + " names no control");
        }
    }
}
