package io.aegis.application.organisation;

import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.in.UpdateOrgUnitCommand;
import io.aegis.application.organisation.port.in.UpdateOrgUnitUseCase;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.Optional;

public record UpdateOrgUnitService(UseCaseRunner run, OrgUnitRepository units) implements UpdateOrgUnitUseCase {

    @Override
    public OrgUnitView update(Actor actor, UpdateOrgUnitCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "org_unit.update", change -> {
            OrgUnitTree tree = OrgUnitServiceSupport.lockedTree(units);
            OrgUnit current = OrgUnitServiceSupport.load(units, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "org unit",
                    command.id());
            // a parent sent, even the current one, is a placement for the tree to judge: the root takes none
            Optional<OrgUnitId> sentParent = command.parent().orElse(Optional.empty());
            sentParent.ifPresent(parent -> OrgUnitServiceSupport.requirePlaceable(units, tree, current.id(), parent));
            OrgUnit changed = current.revise(command.name().orElse(current.name()),
                    command.description().orElse(current.description()), sentParent.or(current::parent),
                    change.now());
            changed.parent().ifPresent(under -> OrgUnitServiceSupport.requireFree(units, changed.name(), under,
                    current.id()));
            StaleVersionException.requireWritten(units.update(changed, current.version()),
                    command.expectedVersion(), "org unit", command.id());
            OrgUnitView after = OrgUnitView.of(changed, tree);
            change.audit(OrgUnitServiceSupport.RESOURCE, after.id(), OrgUnitView.of(current, tree), after);
            return after;
        });
    }
}
