package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /users}: the user's columns plus {@code password}. Unknown fields ({@code hashed_password}
 * among them) are refused.
 *
 * @param mustChangePassword absent or null for true: the user chooses their own password at first sign-in unless
 *                           the administrator says otherwise (a machine account, a password the user chose)
 */
public record CreateUserRequest(String username, String email, String password, String fullName,
                                String department, String jobTitle, String phone, String profilePicture,
                                String azureAdId, JsonNode preferences, List<Long> roleIds,
                                Boolean mustChangePassword) {

    /** Never prints the password, should a request ever be logged. */
    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", email=" + email + ", password=***]";
    }
}
