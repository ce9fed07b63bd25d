package io.aegis.domain.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an actor may do. The key is what roles store in their {@code permissions} JSON array and what
 * clients see; it never changes once released.
 */
public enum Permission {
    ASSET_READ("asset:read"),
    ASSET_WRITE("asset:write"),
    RISK_READ("risk:read"),
    RISK_WRITE("risk:write"),
    FRAMEWORK_READ("framework:read"),
    FRAMEWORK_WRITE("framework:write"),
    ASSESSMENT_READ("assessment:read"),
    ASSESSMENT_WRITE("assessment:write"),
    TASK_READ("task:read"),
    TASK_WRITE("task:write"),
    EVIDENCE_READ("evidence:read"),
    EVIDENCE_WRITE("evidence:write"),
    INTEGRATION_READ("integration:read"),
    INTEGRATION_WRITE("integration:write"),
    IMPORT_RUN("import:run"),
    REPORT_READ("report:read"),
    REPORT_WRITE("report:write"),
    USER_READ("user:read"),
    USER_ADMIN("user:admin"),
    AUDIT_READ("audit:read"),
    /**
     * Lets a request made with an API key manage its user's credentials: create and revoke API keys, change the
     * password. A signed-in user (login token) manages their own credentials without it; a key acts within its
     * scope for everything, so only a key scoped to this may mint, revoke or take over.
     */
    CREDENTIAL_MANAGE("credential:manage"),
    /** Creates, changes and deactivates risk matrices and chooses the default one: the register's yardstick. */
    MATRIX_WRITE("matrix:write"),
    /** Approves a risk's acceptance: deciding to live with a risk is not the same as recording it. */
    RISK_ACCEPT("risk:accept"),
    /** Reads evidence marked restricted that someone else uploaded: its uploader reads it without this. */
    EVIDENCE_RESTRICTED("evidence:restricted");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Permission> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
