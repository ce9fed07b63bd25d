package io.aegis.application.identity.port.in;

/** What a presented credential is about to be used for: a user who must change their password may do little. */
public enum CredentialUse {
    /** Any route. */
    EVERYTHING,
    /** Changing the own password, reading the own account ({@code GET /me}) or logging out. */
    PASSWORD_CHANGE
}
