package io.aegis.application.privacy;

/** What an erasure request does with a piece of personal data once it is carried out. */
public enum Erasure {
    /** Replaced by a pseudonym, so that references and the audit trail stay readable. */
    PSEUDONYMISE("replaced by a pseudonym"),
    /** Removed. */
    REMOVE("removed"),
    /** Kept: it points at the pseudonymised user row and names nobody by itself. */
    KEEP("kept; shows the pseudonym");

    private final String description;

    Erasure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
