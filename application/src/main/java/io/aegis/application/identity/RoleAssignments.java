package io.aegis.application.identity;

import io.aegis.application.identity.port.in.RoleAssignmentView;
import io.aegis.application.identity.port.in.RoleAssignmentsView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user's role assignments as their view shows them, read or about to be stored. */
final class RoleAssignments {

    private static final Comparator<RoleAssignment> ORDER = Comparator
            .comparingLong((RoleAssignment a) -> a.role().value()).thenComparingLong(a -> a.unit().value());

    private RoleAssignments() {
    }

    static RoleAssignmentsView stored(RoleRepository roles, User user) {
        return view(roles, user, roles.assignmentsOf(user.id().orElseThrow()));
    }

    static RoleAssignmentsView view(RoleRepository roles, User user, Collection<RoleAssignment> assignments) {
        // each role looked up once, however many units it is held in
        Map<RoleId, String> names = assignments.stream().map(RoleAssignment::role).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> nameOf(roles, id)));
        return new RoleAssignmentsView(user.id().orElseThrow().value(), user.version(), assignments.stream()
                .sorted(ORDER)
                .map(assignment -> new RoleAssignmentView(assignment.role().value(), names.get(assignment.role()),
                        assignment.unit().value(), assignment.recursive()))
                .toList());
    }

    /** The roles of {@code assignments} that reach everywhere, as stored roles. */
    static List<Role> everywhere(List<Role> assignable, Collection<RoleAssignment> assignments) {
        return assignable.stream().filter(role -> assignments.stream().filter(RoleAssignment::reachesEverywhere)
                .anyMatch(assignment -> assignment.role().equals(role.id().orElseThrow()))).toList();
    }

    private static String nameOf(RoleRepository roles, RoleId id) {
        // an assignment keeps its role: roles are deactivated, never deleted
        return roles.findById(id).map(role -> role.name().value()).orElseThrow();
    }
}
