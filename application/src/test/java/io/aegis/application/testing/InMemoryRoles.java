package io.aegis.application.testing;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleSortField;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Both role out-ports and the user-role assignments over maps, for use-case tests and as the contracts' reference. */
public final class InMemoryRoles implements RoleRepository, RoleReadModel {

    private final VersionedRows<Role> rows = new VersionedRows<>();
    private final Map<Long, Set<RoleAssignment>> assignments = new HashMap<>();

    /** A store holding the three built-in roles as the reference data seeds them (Admin is id 1). */
    public static InMemoryRoles withBuiltInRoles(Instant at) {
        InMemoryRoles store = new InMemoryRoles();
        store.insert(Role.define(new RoleName("Admin"), Optional.empty(), EnumSet.allOf(Permission.class), at));
        store.insert(Role.define(new RoleName("Analyst"), Optional.empty(),
                EnumSet.of(Permission.ASSET_READ, Permission.ASSET_WRITE, Permission.USER_READ), at));
        store.insert(Role.define(new RoleName("ReadOnly"), Optional.empty(),
                EnumSet.of(Permission.ASSET_READ, Permission.USER_READ), at));
        return store;
    }

    @Override
    public synchronized Optional<Role> findById(RoleId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized Optional<Role> findByName(RoleName name) {
        return rows.all().stream().filter(r -> r.name().value().equalsIgnoreCase(name.value())).findFirst();
    }

    @Override
    public synchronized List<Role> rolesOf(UserId user) {
        return assignments.getOrDefault(user.value(), Set.of()).stream()
                .map(assignment -> assignment.role().value())
                .distinct()
                .map(rows::find)
                .flatMap(Optional::stream)
                .filter(Role::active)
                .sorted(Comparator.comparing((Role r) -> r.name().value().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public synchronized void assignRoles(UserId user, Set<RoleId> roles) {
        assign(user, roles.stream().map(role -> new RoleAssignment(role, InMemoryOrgUnits.ROOT, true))
                .collect(Collectors.toSet()));
    }

    @Override
    public synchronized List<RoleAssignment> assignmentsOf(UserId user) {
        return assignments.getOrDefault(user.value(), Set.of()).stream()
                .sorted(Comparator.comparing((RoleAssignment a) -> a.role().value())
                        .thenComparing(a -> a.unit().value()))
                .toList();
    }

    @Override
    public synchronized List<RoleGrant> grantsOf(UserId user) {
        return assignments.getOrDefault(user.value(), Set.of()).stream()
                .flatMap(assignment -> rows.find(assignment.role().value()).filter(Role::active).stream()
                        .map(role -> new RoleGrant(assignment, role.permissions())))
                .toList();
    }

    @Override
    public synchronized void assign(UserId user, Set<RoleAssignment> wanted) {
        wanted.forEach(assignment -> {
            if (rows.find(assignment.role().value()).isEmpty()) {
                throw new IllegalArgumentException("no role " + assignment.role());
            }
        });
        assignments.put(user.value(), Set.copyOf(wanted));
    }

    @Override
    public synchronized Role insert(Role role) {
        return rows.insert(id -> role.identifiedAs(new RoleId(id)));
    }

    @Override
    public synchronized boolean update(Role role, Instant expectedVersion) {
        return rows.update(role.id().orElseThrow().value(), role, expectedVersion);
    }

    @Override
    public synchronized Page<RoleView> list(ListRolesQuery query) {
        List<RoleView> matches = rows.all().stream()
                .filter(matching(query))
                .map(RoleView::of)
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    private static Predicate<Role> matching(ListRolesQuery query) {
        Predicate<Role> active = r -> query.active().map(a -> a == r.active()).orElse(true);
        Predicate<Role> text = r -> query.text().map(t -> contains(r.name().value(), t)
                || r.description().map(d -> contains(d.value(), t)).orElse(false)).orElse(true);
        return active.and(text);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<RoleView> order(List<SortOrder<RoleSortField>> sort) {
        Comparator<RoleView> order = (a, b) -> 0;
        for (SortOrder<RoleSortField> criterion : sort) {
            Comparator<RoleView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(RoleView::id);
                case NAME -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
                case CREATED_AT -> Comparator.comparing(RoleView::createdAt);
                case UPDATED_AT -> Comparator.comparing(RoleView::updatedAt);
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<RoleView> byId = Comparator.comparingLong(RoleView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
