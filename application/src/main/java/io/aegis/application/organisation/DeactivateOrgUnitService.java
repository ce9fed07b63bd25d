package io.aegis.application.organisation;

import io.aegis.application.organisation.port.in.DeactivateOrgUnitUseCase;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;

public record DeactivateOrgUnitService(UseCaseRunner run, OrgUnitRepository units)
        implements DeactivateOrgUnitUseCase {

    @Override
    public void deactivate(Actor actor, OrgUnitId id) {
        run.change(actor, Permission.USER_ADMIN, "org_unit.deactivate", change -> {
            OrgUnitTree tree = OrgUnitServiceSupport.lockedTree(units);
            OrgUnit current = OrgUnitServiceSupport.load(units, id);
            if (current.active()) {
                OrgUnit deactivated = current.deactivate(units.contentsOf(id), change.now());
                StaleVersionException.requireWritten(units.update(deactivated, current.version()),
                        ExpectedVersion.ANY, "org unit", id);
                change.audit(OrgUnitServiceSupport.RESOURCE, id.value(), OrgUnitView.of(current, tree),
                        OrgUnitView.of(deactivated, tree));
            }
            return null;
        });
    }
}
