package io.aegis.application.privacy;

import static io.aegis.application.privacy.Erasure.KEEP;
import static io.aegis.application.privacy.Erasure.PSEUDONYMISE;
import static io.aegis.application.privacy.Erasure.REMOVE;
import static io.aegis.application.privacy.PersonalDataKind.IDENTITY;
import static io.aegis.application.privacy.PersonalDataKind.ONLINE_TRACE;
import static io.aegis.application.privacy.PersonalDataKind.PROFILE;
import static io.aegis.application.privacy.PersonalDataKind.REFERENCE;
import static io.aegis.application.privacy.PersonalDataKind.SECRET;
import static io.aegis.application.privacy.Retention.ACCOUNT;
import static io.aegis.application.privacy.Retention.API_KEY;
import static io.aegis.application.privacy.Retention.AUDIT_TRAIL;
import static io.aegis.application.privacy.Retention.LOGIN_RECORDS;
import static io.aegis.application.privacy.Retention.RECORD;
import static io.aegis.application.privacy.Retention.REQUEST_METADATA;
import static io.aegis.application.privacy.Retention.UNTIL_PURGED;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every place Aegis holds personal data, declared once (issue #18): encryption at rest, the data subject's export,
 * erasure and retention read it here, and docs/PRIVACY.md, the record of processing an operator hands to a data
 * protection officer, is rendered from it ({@link PrivacyRecord}). A test holds it to the schema: a column that
 * references a user, or whose name says it holds a person's data, fails the build until it is declared here.
 */
public final class PersonalDataRegister {

    private static final boolean SENSITIVE = true;
    private static final boolean ORDINARY = false;
    private static final List<String> AUDIT_STATES = List.of("old_values", "new_values");

    private static final String ACCOUNT_PURPOSE = "the person's account: signing in and being named beside their work";
    private static final String ACCOUNTABILITY = "accountability: who owns, did or decided what";
    private static final String SECURITY = "security: telling sessions and attacks apart, and investigating them";
    private static final String AUDIT = "the audit trail: the state of a user or a record before and after each change";

    private static final List<PersonalDataItem> ITEMS = Stream.of(
            Stream.of(
                    column("users", "username", IDENTITY, SENSITIVE, ACCOUNT_PURPOSE, ACCOUNT, PSEUDONYMISE),
                    column("users", "email", IDENTITY, SENSITIVE, ACCOUNT_PURPOSE + "; notifications", ACCOUNT,
                            PSEUDONYMISE),
                    column("users", "full_name", IDENTITY, SENSITIVE, ACCOUNT_PURPOSE, ACCOUNT, PSEUDONYMISE),
                    column("users", "phone", IDENTITY, SENSITIVE, "reaching the person about their work", ACCOUNT,
                            REMOVE),
                    column("users", "azure_ad_id", IDENTITY, SENSITIVE, "matching the account to a directory", ACCOUNT,
                            REMOVE),
                    column("users", "department", PROFILE, ORDINARY, "showing where the person works", ACCOUNT, REMOVE),
                    column("users", "job_title", PROFILE, ORDINARY, "showing the person's role", ACCOUNT, REMOVE),
                    column("users", "profile_picture", PROFILE, ORDINARY, "showing the person", ACCOUNT, REMOVE),
                    column("users", "preferences", PROFILE, ORDINARY, "the person's settings", ACCOUNT, REMOVE),
                    column("users", "last_login", ONLINE_TRACE, ORDINARY, SECURITY, ACCOUNT, REMOVE),
                    column("users", "hashed_password", SECRET, ORDINARY, "signing in (bcrypt hash only)", ACCOUNT,
                            REMOVE),
                    column("auth_tokens", "token_hash", SECRET, ORDINARY, "sessions (SHA-256 of the token only)",
                            LOGIN_RECORDS, REMOVE),
                    column("auth_tokens", "client_address", ONLINE_TRACE, SENSITIVE, SECURITY, LOGIN_RECORDS, REMOVE),
                    column("auth_tokens", "user_agent", ONLINE_TRACE, SENSITIVE, SECURITY, LOGIN_RECORDS, REMOVE),
                    column("auth_tokens", "last_used_at", ONLINE_TRACE, ORDINARY, "ending idle sessions",
                            LOGIN_RECORDS, REMOVE),
                    column("api_keys", "key_hash", SECRET, ORDINARY, "API keys (SHA-256 of the key only)", API_KEY,
                            REMOVE),
                    column("login_failures", "username", IDENTITY, SENSITIVE, "throttling password guessing",
                            LOGIN_RECORDS, REMOVE),
                    column("login_failures", "client_address", ONLINE_TRACE, SENSITIVE, "throttling password guessing",
                            LOGIN_RECORDS, REMOVE),
                    column("login_attempt_turns", "subject", IDENTITY, SENSITIVE,
                            "throttling password guessing (a username or a client address)", UNTIL_PURGED, REMOVE),
                    column("audit_logs", "ip_address", ONLINE_TRACE, SENSITIVE, SECURITY, REQUEST_METADATA, REMOVE),
                    column("audit_logs", "user_agent", ONLINE_TRACE, SENSITIVE, SECURITY, REQUEST_METADATA, REMOVE)),
            auditStates(IDENTITY, SENSITIVE, PSEUDONYMISE, "username", "email", "full_name", "owner_name"),
            auditStates(IDENTITY, SENSITIVE, REMOVE, "phone", "azure_ad_id"),
            auditStates(PROFILE, ORDINARY, REMOVE, "department", "job_title", "profile_picture", "preferences"),
            auditStates(ONLINE_TRACE, ORDINARY, REMOVE, "last_login"),
            references("audit_logs.user_id", "user_roles.user_id", "auth_tokens.user_id", "api_keys.user_id",
                    "assets.owner_id", "assets.created_by", "asset_relationships.created_by",
                    "risks.owner_id", "risks.created_by", "risk_scores.scored_by", "risk_reviews.reviewed_by",
                    "risk_acceptances.requested_by", "risk_acceptances.decided_by", "risk_controls.created_by",
                    "control_mappings.created_by", "assessments.created_by_id", "assessments.assessor_internal",
                    "assessment_controls.tested_by", "tasks.assigned_to_id", "tasks.created_by_id",
                    "task_comments.created_by", "task_evidence.created_by", "evidence.uploaded_by",
                    "evidence_controls.created_by", "integrations.created_by", "report_templates.created_by",
                    "reports.generated_by"),
            Stream.of(column("assessments", "assessor_external", IDENTITY, SENSITIVE,
                    "naming an assessment's external assessor", RECORD, PSEUDONYMISE)))
            .flatMap(s -> s)
            .toList();

    private PersonalDataRegister() {
    }

    /** Every item, users' own row first, then credentials, request metadata, audit states and references. */
    public static List<PersonalDataItem> items() {
        return ITEMS;
    }

    private static PersonalDataItem column(String table, String column, PersonalDataKind kind, boolean sensitive,
                                           String purpose, Retention retention, Erasure erasure) {
        return new PersonalDataItem(table, List.of(column), Optional.empty(), kind, sensitive, purpose, retention,
                erasure);
    }

    private static Stream<PersonalDataItem> auditStates(PersonalDataKind kind, boolean sensitive, Erasure erasure,
                                                        String... members) {
        return Stream.of(members).map(member -> new PersonalDataItem("audit_logs", AUDIT_STATES,
                Optional.of(member), kind, sensitive, AUDIT, AUDIT_TRAIL, erasure));
    }

    private static Stream<PersonalDataItem> references(String... locations) {
        return Stream.of(locations).map(location -> location.split("\\.", 2)).map(tableAndColumn ->
                column(tableAndColumn[0], tableAndColumn[1], REFERENCE, ORDINARY, ACCOUNTABILITY, RECORD, KEEP));
    }
}
