package io.aegis.application.privacy;

/** How long a piece of personal data is kept, in words an operator can hand to a data protection officer. */
public enum Retention {
    ACCOUNT("while the account exists; an erasure request ends it earlier"),
    SESSION("until the session or key expires or is revoked"),
    LOGIN_THROTTLE("until a successful sign-in with the name clears it; otherwise kept (a purge is planned: issue #18, point 5)"),
    UNTIL_PURGED("kept: a retention period is planned (issue #18, point 5)"),
    REQUEST_METADATA("as long as the audit trail or the session that holds it (a retention period is planned: issue #18, point 5)"),
    AUDIT_TRAIL("as long as the audit trail, whose rows are never changed or deleted (erasure by crypto-shredding is planned: issue #18, point 3)"),
    RECORD("as long as the record that holds it; the audit trail keeps the record's history");

    private final String description;

    Retention(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
