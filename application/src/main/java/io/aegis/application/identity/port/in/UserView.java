package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserProfile;
import java.time.Instant;
import java.util.List;

/**
 * A user as clients (and the audit trail) see it. It has no password hash on purpose: no response and no
 * audit row can leak what it does not carry. Profile properties, {@code preferences} and {@code lastLogin}
 * may be null.
 *
 * @param preferences the JSON object text the user stored
 * @param roles       the user's active roles, by name
 * @param mustChangePassword whether the user must choose a new password before doing anything else
 */
public record UserView(long id, String username, String email, String fullName, String department, String jobTitle,
                       String phone, String profilePicture, String azureAdId, String preferences, boolean active,
                       boolean verified, Instant lastLogin, boolean mustChangePassword, List<UserRoleView> roles,
                       Instant createdAt, Instant updatedAt) {

    public UserView {
        roles = List.copyOf(roles);
    }

    /** @param activeRoles the user's active roles, as {@code RoleRepository.rolesOf} answers them */
    public static UserView of(User user, List<Role> activeRoles) {
        UserProfile profile = user.profile();
        return new UserView(
                user.id().orElseThrow(() -> new IllegalStateException("an unsaved user has no view")).value(),
                user.username().value(),
                user.email().value(),
                profile.fullName(),
                profile.department(),
                profile.jobTitle(),
                profile.phone(),
                profile.profilePicture(),
                profile.azureAdId(),
                user.preferences().map(Preferences::json).orElse(null),
                user.active(),
                user.verified(),
                user.lastLogin().orElse(null),
                user.mustChangePassword(),
                activeRoles.stream().map(UserRoleView::of).toList(),
                user.createdAt(),
                user.updatedAt());
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}
