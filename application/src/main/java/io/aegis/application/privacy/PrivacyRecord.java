package io.aegis.application.privacy;

import java.util.List;

/**
 * Renders the {@link PersonalDataRegister} as docs/PRIVACY.md: the record of processing an operator hands to a data
 * protection officer. The document is generated so that it cannot drift from what the code declares.
 */
public final class PrivacyRecord {

    private PrivacyRecord() {
    }

    public static String render(List<PersonalDataItem> items) {
        StringBuilder md = new StringBuilder("""
                # Personal data in Aegis: the record of processing

                <!-- Generated from io.aegis.application.privacy.PersonalDataRegister by PrivacyRecordTest; edit the
                register, not this file: `mvn -B -pl application -am test -Dtest=PrivacyRecordTest \
                -Dsurefire.failIfNoSpecifiedTests=false -Daegis.write-docs=true` writes it again. -->

                Aegis holds personal data about the people who use it (its accounts) and about the requests they make.
                Every column, and every member of the JSON states the audit trail keeps, that holds such data is
                declared once in the code, with why it is held, for how long, and what an erasure request does with
                it; a test fails the build when a column that points at a user, or whose name says it holds a
                person's data, is missing from the declaration. The operator running Aegis is the controller of
                this data; this page is what they hand to their data protection officer.

                What is in place and what is not yet (issue #18):
                - Credentials are stored only as one-way hashes (bcrypt for passwords, SHA-256 for tokens and keys),
                  and audit states never hold them (`[redacted]`).
                - *Sensitive* below marks what will be encrypted at rest with AES-GCM, with keyed hashes for the
                  fields sign-in looks up (point 2); today it is stored in clear text.
                - *On erasure* is what an erasure request will do (points 3 and 4: pseudonymisation, and
                  crypto-shredding of the audit states so that the audit chain still verifies); there is no erasure
                  request yet.
                - Login records (failed sign-ins, ended sessions, with their addresses and user agents) are removed
                  `AEGIS_REQUEST_METADATA_RETENTION_DAYS` after they end, by a job that runs on one node at a time;
                  the audit trail's copies of addresses and user agents are kept with it until its encryption lands
                  (points 3 and 5).

                Free-text fields (descriptions, notes, comments, findings) may hold personal data that people type;
                Aegis does not look inside them.
                """);
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            List<PersonalDataItem> ofKind = items.stream().filter(item -> item.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(capitalised(kind.label())).append("\n\n")
                    .append("| Where | Purpose | Kept | Sensitive | On erasure |\n")
                    .append("|---|---|---|---|---|\n");
            for (PersonalDataItem item : ofKind) {
                md.append("| `").append(item.location()).append("` | ").append(item.purpose())
                        .append(" | ").append(item.retention().description())
                        .append(" | ").append(item.sensitive() ? "yes" : "no")
                        .append(" | ").append(item.erasure().description()).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
