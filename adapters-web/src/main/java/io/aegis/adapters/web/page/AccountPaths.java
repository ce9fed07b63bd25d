package io.aegis.adapters.web.page;

/** Where a browser signs in, signs out and changes its password: the server sends visitors there. */
public final class AccountPaths {

    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String PASSWORD = "/account/password";

    private AccountPaths() {
    }
}
