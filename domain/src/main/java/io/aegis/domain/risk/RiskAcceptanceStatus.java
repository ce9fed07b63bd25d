package io.aegis.domain.risk;

/** Where a request to accept a risk stands: waiting for a decision, or decided for good. */
public enum RiskAcceptanceStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String key;

    RiskAcceptanceStatus(String key) {
        this.key = key;
    }

    /** What the schema stores and clients see; it never changes once released. */
    public String key() {
        return key;
    }

    public static RiskAcceptanceStatus fromKey(String key) {
        for (RiskAcceptanceStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no acceptance status " + key);
    }
}
