package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /users}: the user's columns plus {@code password}, the only place a password is
 * accepted from an administrator. Unknown fields ({@code hashed_password} among them) are refused.
 */
public record CreateUserRequest(String username, String email, String password, String fullName,
                                String department, String jobTitle, String phone, String profilePicture,
                                String azureAdId, JsonNode preferences, List<Long> roleIds) {

    /** Never prints the password, should a request ever be logged. */
    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", email=" + email + ", password=***]";
    }
}
