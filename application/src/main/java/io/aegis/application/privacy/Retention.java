package io.aegis.application.privacy;

/** How long a piece of personal data is kept, in words an operator can hand to a data protection officer. */
public enum Retention {
    ACCOUNT("while the account exists; an erasure request ends it earlier"),
    API_KEY("until the key is revoked or its user removed"),
    LOGIN_RECORDS("AEGIS_REQUEST_METADATA_RETENTION_DAYS (90 by default) after the sign-in failed or the session ended,"
            + " then removed by an hourly job; a successful sign-in clears its name's failures at once"),
    UNTIL_PURGED("kept: a retention period is planned (issue #18, point 5)"),
    REQUEST_METADATA("as long as the audit trail (removing it after AEGIS_REQUEST_METADATA_RETENTION_DAYS, as login"
            + " records are, waits for the audit trail's encryption: issue #18, points 3 and 5)"),
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
