package io.aegis.application.framework;

import io.aegis.application.framework.port.in.EquivalentsView;
import io.aegis.application.framework.port.in.EquivalentsView.Equivalent;
import io.aegis.application.framework.port.in.EquivalentsView.Step;
import io.aegis.application.framework.port.in.GetEquivalentsUseCase;
import io.aegis.application.framework.port.in.MappedControl;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingPath;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingWalk;
import io.aegis.domain.identity.Permission;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Walks the mappings from a control ({@link MappingWalk}: one read of the mappings touching the walk's ends per step,
 * in one transaction so that every step sees the same mappings), then names every control reached in one read.
 */
public record GetEquivalentsService(UseCaseRunner run, ControlMappingReadModel readModel)
        implements GetEquivalentsUseCase {

    @Override
    public EquivalentsView equivalents(Actor actor, ControlId control, int depth) {
        // framework:read in any unit, like every framework read; mappings belong to no unit, so the scope goes unused
        return run.consistentReadIn(actor, Permission.FRAMEWORK_READ, "control.equivalents", unused -> {
            List<MappingPath> paths = MappingWalk.from(control, depth, readModel::linksTouching);
            Set<ControlId> named = new HashSet<>(Set.of(control));
            paths.forEach(path -> named.add(path.target()));
            Map<Long, MappedControl> controls = readModel.controls(named).stream()
                    .collect(Collectors.toMap(MappedControl::id, Function.identity()));
            MappedControl start = controls.get(control.value());
            if (start == null) {
                throw new NotFoundException("control", control);
            }
            return new EquivalentsView(start, depth, paths.stream()
                    .map(path -> equivalent(path, controls.get(path.target().value()))).toList());
        });
    }

    private static Equivalent equivalent(MappingPath path, MappedControl reached) {
        return new Equivalent(reached, path.relationship().key(), path.coverage().key(),
                path.confidence().map(MappingConfidence::key).orElse(null),
                path.strength().map(MappingStrength::value).orElse(null),
                path.steps().stream().map(step -> new Step(step.mappingId(), step.from().value(), step.to().value(),
                        step.relationship().key())).toList());
    }
}
