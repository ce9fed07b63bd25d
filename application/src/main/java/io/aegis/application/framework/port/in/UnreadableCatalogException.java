package io.aegis.application.framework.port.in;

import io.aegis.domain.shared.AegisException;

/**
 * A catalog or profile file that cannot be read as a whole: not a format Aegis knows, malformed, truncated, or
 * over a limit. Nothing was stored. The message says what and where, in words for the file's author.
 */
public final class UnreadableCatalogException extends AegisException {

    public UnreadableCatalogException(String message) {
        super("unreadable_catalog", message);
    }
}
