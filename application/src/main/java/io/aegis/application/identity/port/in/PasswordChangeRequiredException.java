package io.aegis.application.identity.port.in;

import io.aegis.application.port.ForbiddenException;

/**
 * The user must choose a new password (an administrator chose the current one) before their credential serves
 * anything but {@link CredentialUse#PASSWORD_CHANGE}: 403 {@code password_change_required}.
 */
public final class PasswordChangeRequiredException extends ForbiddenException {

    /** The problem's code, by which a client (the pages too) tells this refusal from a missing permission. */
    public static final String CODE = "password_change_required";

    public PasswordChangeRequiredException(String message) {
        super(CODE, message, "password change required");
    }
}
