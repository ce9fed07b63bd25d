package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.DeleteControlMappingUseCase;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.identity.Permission;

/** Removes a mapping for good (the seed's table has no inactive flag); its audit entry keeps what it said. */
public record DeleteControlMappingService(UseCaseRunner run, ControlMappingRepository mappings)
        implements DeleteControlMappingUseCase {

    @Override
    public void delete(Actor actor, ControlMappingId id) {
        run.change(actor, Permission.FRAMEWORK_WRITE, "control_mapping.delete", change -> {
            ControlMapping current = ControlMappingServiceSupport.load(mappings, id);
            if (!mappings.delete(id)) {
                throw ControlMappingServiceSupport.notFound(id);
            }
            change.audit(ControlMappingServiceSupport.RESOURCE, id.value(), ControlMappingView.of(current), null);
            return null;
        });
    }
}
