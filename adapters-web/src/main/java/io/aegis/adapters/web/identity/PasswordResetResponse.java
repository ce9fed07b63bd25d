package io.aegis.adapters.web.identity;

/** @param generatedPassword the password Aegis chose, shown this once; null when the administrator chose it */
public record PasswordResetResponse(long userId, String generatedPassword) {

    @Override
    public String toString() {
        return "PasswordResetResponse[userId=" + userId + ", generatedPassword="
                + (generatedPassword == null ? "none" : "[redacted]") + "]";
    }
}
