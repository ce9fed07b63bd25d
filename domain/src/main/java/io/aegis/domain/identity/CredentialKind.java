package io.aegis.domain.identity;

/**
 * The two kinds of bearer credential. Each has its own visible prefix, so that secret scanners recognise
 * a leaked Aegis credential and Aegis knows where to look it up without trying both.
 */
public enum CredentialKind {
    LOGIN_TOKEN("aegis_t_"),
    API_KEY("aegis_k_");

    private final String prefix;

    CredentialKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
