package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.AegisException;

/** The caller is known but lacks the permission the use case requires, anywhere or where it was needed. */
public class ForbiddenException extends AegisException {

    private final String reason;

    public ForbiddenException(Permission missing) {
        this("this action requires the permission " + missing.key(), "missing permission " + missing.key());
    }

    private ForbiddenException(String message, String reason) {
        this("forbidden", message, reason);
    }

    /** A refusal with a code of its own, for a reason other than a missing permission. */
    protected ForbiddenException(String code, String message, String reason) {
        super(code, message);
        this.reason = reason;
    }

    /** A refusal of a use case about the whole organisation to an actor holding the permission in some units only. */
    public static ForbiddenException everywhere(Permission missing) {
        return new ForbiddenException("this action requires the permission " + missing.key()
                + " for the whole organisation", "missing permission " + missing.key() + " in every unit");
    }

    /** A refusal to change a row of a unit the actor may see but not change. */
    public static ForbiddenException in(OrgUnitId unit, Permission missing) {
        return new ForbiddenException("this action requires the permission " + missing.key() + " in unit " + unit,
                "missing permission " + missing.key() + " in unit " + unit);
    }

    /** Why, as the audit trail records the refusal. */
    public String reason() {
        return reason;
    }
}
