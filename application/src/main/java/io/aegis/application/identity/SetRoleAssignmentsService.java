package io.aegis.application.identity;

import io.aegis.application.identity.port.in.RoleAssignmentsView;
import io.aegis.application.identity.port.in.SetRoleAssignmentsCommand;
import io.aegis.application.identity.port.in.SetRoleAssignmentsUseCase;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.User;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.RuleViolationException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public record SetRoleAssignmentsService(UseCaseRunner run, UserRepository users, RoleRepository roles,
                                        OrgUnitDirectory units, PermissionHolders holders)
        implements SetRoleAssignmentsUseCase {

    @Override
    public RoleAssignmentsView setAssignments(Actor actor, SetRoleAssignmentsCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "user.set_role_assignments", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.besides(holders, command.user());
            User current = UserServiceSupport.load(users, command.user());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(),
                    UserServiceSupport.RESOURCE, command.user());
            Set<RoleAssignment> wanted = requireDistinct(command.assignments());
            List<Role> assignable = UserServiceSupport.requireAssignable(roles,
                    wanted.stream().map(RoleAssignment::role).collect(Collectors.toSet()));
            wanted.stream().map(RoleAssignment::unit).distinct().filter(unit -> !units.activeUnitExists(unit))
                    .min(Comparator.comparingLong(OrgUnitId::value)).ifPresent(unit -> {
                        throw new RuleViolationException("unknown_org_unit", "unit " + unit
                                + " does not exist or is inactive, so no role can be held in it");
                    });
            List<Role> everywhere = AdministratorGuard.heldEverywhere(roles, command.user());
            others.allow(AdministratorGuard.administers(current, everywhere),
                    AdministratorGuard.administers(current, RoleAssignments.everywhere(assignable, wanted)));
            RoleAssignmentsView before = RoleAssignments.stored(roles, current);
            // the user's view lists their roles: new assignments are a new version of the user
            User changed = current.recordRoleChange(change.now());
            StaleVersionException.requireWritten(users.update(changed, current.version()),
                    command.expectedVersion(), UserServiceSupport.RESOURCE, command.user());
            roles.assign(command.user(), wanted);
            RoleAssignmentsView after = RoleAssignments.view(roles, changed, wanted);
            change.audit(UserServiceSupport.RESOURCE, after.userId(), before, after);
            return after;
        });
    }

    /** A role listed twice for one unit is more likely a client's mistake than its wish: it is refused. */
    private static Set<RoleAssignment> requireDistinct(List<RoleAssignment> assignments) {
        Set<String> seen = new HashSet<>();
        for (RoleAssignment assignment : assignments) {
            if (!seen.add(assignment.role() + "@" + assignment.unit())) {
                throw new RuleViolationException("duplicate_assignment", "role " + assignment.role()
                        + " is listed twice for unit " + assignment.unit() + "; list each role once per unit");
            }
        }
        return Set.copyOf(assignments);
    }
}
