package io.aegis.application.identity;

import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.RuleViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the user services share: the resource's name, loading, uniqueness, assignable roles and the view. */
final class UserServiceSupport {

    static final String RESOURCE = "user";

    private UserServiceSupport() {
    }

    static User load(UserRepository users, UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** The acting user, who must still exist and be active: a credential outliving its user proves nothing. */
    static User actingUser(UserRepository users, Actor actor) {
        return actor.userId()
                .map(UserId::new)
                .flatMap(users::findById)
                .filter(User::active)
                .orElseThrow(() -> new UnauthenticatedException("this request is not made by a signed-in user"));
    }

    static void requireFree(UserRepository users, Username username, EmailAddress email, Optional<UserId> except) {
        if (users.usernameTaken(username, except)) {
            throw new ConflictException("duplicate_username", "a user named '" + username.value()
                    + "' already exists (usernames ignore case; the user may be inactive)");
        }
        if (users.emailTaken(email, except)) {
            throw new ConflictException("duplicate_email", "a user with the email address '" + email.value()
                    + "' already exists (addresses ignore case; the user may be inactive)");
        }
    }

    /**
     * @return the roles, all active
     * @throws RuleViolationException naming the first role that does not exist or is inactive
     */
    static List<Role> requireAssignable(RoleRepository roles, Set<RoleId> ids) {
        return ids.stream().sorted(Comparator.comparingLong(RoleId::value))
                .map(id -> roles.findById(id).filter(Role::active).orElseThrow(() -> new RuleViolationException(
                        "unknown_role", "role " + id + " does not exist or is inactive, so it cannot be assigned")))
                .toList();
    }

    static UserView view(RoleRepository roles, User user) {
        return UserView.of(user, roles.rolesOf(user.id().orElseThrow()));
    }
}
