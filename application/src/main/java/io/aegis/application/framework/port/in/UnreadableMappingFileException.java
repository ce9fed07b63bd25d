package io.aegis.application.framework.port.in;

import io.aegis.domain.shared.AegisException;

/**
 * A mapping file that cannot be read as a whole: not the format named, malformed, truncated, a value no mapping may
 * hold, or over a limit. Nothing was stored. The message says what and where, in words for the file's author.
 */
public final class UnreadableMappingFileException extends AegisException {

    public UnreadableMappingFileException(String message) {
        super("unreadable_mapping_file", message);
    }
}
