package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.application.identity.port.in.UserRoleView;
import io.aegis.application.identity.port.in.UserView;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it: the columns without {@code hashed_password}, plus the active roles. */
public record UserResponse(long id, String username, String email, String fullName, String department,
                           String jobTitle, String phone, String profilePicture, String azureAdId,
                           JsonNode preferences, @JsonProperty("is_active") boolean active,
                           @JsonProperty("is_verified") boolean verified, Instant lastLogin,
                           boolean mustChangePassword, List<RoleReference> roles, Instant createdAt,
                           Instant updatedAt) {

    /** A role as a user's roles name it. */
    public record RoleReference(long id, String name) {

        static RoleReference of(UserRoleView view) {
            return new RoleReference(view.id(), view.name());
        }
    }

    static UserResponse of(UserView view) {
        return new UserResponse(view.id(), view.username(), view.email(), view.fullName(), view.department(),
                view.jobTitle(), view.phone(), view.profilePicture(), view.azureAdId(),
                IdentityFields.preferencesJson(view.preferences()), view.active(), view.verified(), view.lastLogin(),
                view.mustChangePassword(), view.roles().stream().map(RoleReference::of).toList(), view.createdAt(),
                view.updatedAt());
    }
}
