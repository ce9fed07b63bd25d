package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlDetailView;
import io.aegis.application.framework.port.in.ControlSummary;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.GetControlUseCase;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import java.util.Comparator;
import java.util.List;

public record GetControlService(UseCaseRunner run, ControlReadModel controls) implements GetControlUseCase {

    @Override
    public ControlDetailView get(Actor actor, ControlId id) {
        run.requireSomewhere(actor, Permission.FRAMEWORK_READ, "control.read");
        ControlView control = controls.find(id).orElseThrow(() -> new NotFoundException("control", id));
        ControlSummary parent = control.parentId() == null ? null
                : controls.find(new ControlId(control.parentId())).map(ControlView::summary).orElse(null);
        // in the order the catalog names them, not the catalog's order of the controls
        List<ControlSummary> movedTo = control.movedTo().isEmpty() ? List.of()
                : controls.withLabels(new FrameworkId(control.frameworkId()), control.movedTo()).stream()
                        .sorted(Comparator.comparingInt(moved -> control.movedTo().indexOf(moved.controlId())))
                        .map(ControlView::summary).toList();
        return new ControlDetailView(control, parent,
                controls.children(id).stream().map(ControlView::summary).toList(), movedTo);
    }
}
