package io.aegis.domain.risk;

/** Why a risk's review record grew: a periodic review that changed nothing, or a move along the lifecycle. */
public enum RiskReviewKind {
    REVIEW("review"),
    TRANSITION("transition");

    private final String key;

    RiskReviewKind(String key) {
        this.key = key;
    }

    /** What the schema stores and clients see; it never changes once released. */
    public String key() {
        return key;
    }
}
