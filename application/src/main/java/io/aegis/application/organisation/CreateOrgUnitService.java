package io.aegis.application.organisation;

import io.aegis.application.organisation.port.in.CreateOrgUnitCommand;
import io.aegis.application.organisation.port.in.CreateOrgUnitUseCase;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.Optional;

public record CreateOrgUnitService(UseCaseRunner run, OrgUnitRepository units) implements CreateOrgUnitUseCase {

    @Override
    public OrgUnitView create(Actor actor, CreateOrgUnitCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "org_unit.create", change -> {
            OrgUnitTree tree = OrgUnitServiceSupport.lockedTree(units);
            OrgUnitServiceSupport.requirePlaceable(units, tree, Optional.empty(), command.parent());
            OrgUnitServiceSupport.requireFree(units, command.name(), command.parent(), Optional.empty());
            OrgUnitView view = OrgUnitView.of(units.insert(
                    OrgUnit.define(command.name(), command.parent(), command.description(), change.now())), tree);
            change.audit(OrgUnitServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
