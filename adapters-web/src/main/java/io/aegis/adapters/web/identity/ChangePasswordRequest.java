package io.aegis.adapters.web.identity;

/** The body of {@code POST /me/password}. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

    /** Never prints the passwords, should a request ever be logged. */
    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
