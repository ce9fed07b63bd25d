package io.aegis.adapters.web.identity;

/**
 * The body of {@code POST /users/{id}/password}.
 *
 * @param newPassword absent or null: Aegis generates the password and answers it once
 */
public record ResetPasswordRequest(String newPassword) {

    /** Never prints the password, should a request ever be logged. */
    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
