package io.aegis.adapters.web.page;

/**
 * Where a browser signs in, signs out, changes its password and keeps its API keys: the server sends visitors to the
 * first ones, and every page's account menu links to the others.
 */
public final class AccountPaths {

    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String PASSWORD = "/account/password";
    public static final String API_KEYS = "/account/api-keys";
    /** The sign-in page's flag for a visitor whose session cookie no longer opens a session. */
    public static final String SESSION_ENDED = "session-ended";

    private AccountPaths() {
    }
}
