package io.aegis.adapters.web.auth;

/** The body of {@code POST /auth/login}. */
public record LoginRequest(String username, String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=[redacted]]";
    }
}
