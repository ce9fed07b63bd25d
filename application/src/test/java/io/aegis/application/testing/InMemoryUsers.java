package io.aegis.application.testing;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.UserSortField;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Page;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The user out-ports over a map, for use-case tests and as the contracts' reference. Roles and assignments
 * live in the {@link InMemoryRoles} it is given, as they live in their own tables in a database.
 */
public final class InMemoryUsers implements UserRepository, UserReadModel, PermissionHolders {

    private final InMemoryRoles roles;
    private final VersionedRows<User> rows = new VersionedRows<>();

    public InMemoryUsers(InMemoryRoles roles) {
        this.roles = roles;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return rows.find(id.value());
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return rows.all().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public synchronized boolean usernameTaken(Username username, Optional<UserId> except) {
        return others(except).anyMatch(u -> u.username().equals(username));
    }

    @Override
    public synchronized boolean emailTaken(EmailAddress email, Optional<UserId> except) {
        return others(except).anyMatch(u -> u.email().equals(email));
    }

    @Override
    public synchronized User insert(User user) {
        if (usernameTaken(user.username(), Optional.empty()) || emailTaken(user.email(), Optional.empty())) {
            throw new IllegalStateException("a unique index would refuse this user");
        }
        return rows.insert(id -> user.identifiedAs(new UserId(id)));
    }

    @Override
    public synchronized boolean update(User user, Instant expectedVersion) {
        return rows.update(user.id().orElseThrow().value(), user, expectedVersion);
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    @Override
    public synchronized Page<UserView> list(ListUsersQuery query) {
        List<UserView> matches = rows.all().stream()
                .filter(matching(query))
                .map(user -> UserView.of(user, roles.rolesOf(user.id().orElseThrow())))
                .sorted(order(query.sort()))
                .toList();
        return Pages.of(matches, query.page());
    }

    @Override
    public synchronized Count countWithoutUser(Permission permission, UserId user) {
        return count(permission, (holder, grant) -> !holder.equals(user));
    }

    @Override
    public synchronized Count countWithoutRole(Permission permission, RoleId role) {
        return count(permission, (holder, grant) -> !grant.equals(role));
    }

    /** @param remains whether a user's grant (through an active role) still counts after the exclusion */
    private Count count(Permission permission, BiPredicate<UserId, RoleId> remains) {
        long all = 0;
        long remaining = 0;
        for (User user : rows.all()) {
            UserId id = user.id().orElseThrow();
            Set<RoleId> everywhere = roles.assignmentsOf(id).stream()
                    .filter(RoleAssignment::reachesEverywhere)
                    .map(RoleAssignment::role).collect(Collectors.toSet());
            List<RoleId> grants = roles.rolesOf(id).stream()
                    .filter(role -> everywhere.contains(role.id().orElseThrow()))
                    .filter(role -> user.active() && role.permissions().contains(permission))
                    .map(role -> role.id().orElseThrow())
                    .toList();
            all += grants.isEmpty() ? 0 : 1;
            remaining += grants.stream().anyMatch(grant -> remains.test(id, grant)) ? 1 : 0;
        }
        return new Count(all, remaining);
    }

    private Stream<User> others(Optional<UserId> except) {
        return rows.all().stream().filter(u -> except.map(id -> !u.id().orElseThrow().equals(id)).orElse(true));
    }

    private Predicate<User> matching(ListUsersQuery query) {
        Predicate<User> active = u -> query.active().map(a -> a == u.active()).orElse(true);
        Predicate<User> text = u -> query.text().map(t -> contains(u.username().value(), t)
                || contains(u.email().value(), t) || contains(u.profile().fullName(), t)).orElse(true);
        Predicate<User> role = u -> query.role().map(r -> roles.rolesOf(u.id().orElseThrow()).stream()
                .anyMatch(held -> held.id().orElseThrow().equals(r))).orElse(true);
        return active.and(text).and(role);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Comparator<UserView> order(List<SortOrder<UserSortField>> sort) {
        Comparator<UserView> order = (a, b) -> 0;
        for (SortOrder<UserSortField> criterion : sort) {
            Comparator<UserView> one = switch (criterion.field()) {
                case ID -> Comparator.comparingLong(UserView::id);
                case USERNAME -> Comparator.comparing(UserView::username);
                case EMAIL -> Comparator.comparing(UserView::email);
                case CREATED_AT -> Comparator.comparing(UserView::createdAt);
                // both databases put NULL first in ascending order
                case LAST_LOGIN -> Comparator.comparing(UserView::lastLogin,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
            };
            order = order.thenComparing(criterion.descending() ? one.reversed() : one);
        }
        Comparator<UserView> byId = Comparator.comparingLong(UserView::id);
        return order.thenComparing(SortOrder.tiesDescending(sort) ? byId.reversed() : byId);
    }
}
