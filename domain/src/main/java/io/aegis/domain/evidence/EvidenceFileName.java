package io.aegis.domain.evidence;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * The name an uploaded file goes by: a single file name, 1 to 255 characters, never a path. A name with a path
 * separator ({@code ../../etc/passwd}, {@code C:\boot.ini}), a control character, or one that is only dots is
 * refused rather than cut down: a client sending it is mistaken or probing, and a silently changed name would be
 * the wrong one either way. The name is only ever shown and offered back on download; files are stored under their
 * hash, so no name reaches the file system.
 */
public record EvidenceFileName(String value) {

    public static final int MAX_LENGTH = 255;
    private static final String FIELD = "file_name";

    public EvidenceFileName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(FIELD, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must have at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
            throw new InvalidValueException(FIELD, "must be a file name, not a path");
        }
        if (value.codePoints().anyMatch(EvidenceFileName::isControl)) {
            throw new InvalidValueException(FIELD, "must not contain control characters");
        }
        if (value.chars().allMatch(c -> c == '.' || Character.isWhitespace(c))) {
            throw new InvalidValueException(FIELD, "must name a file");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidValueException(FIELD, "must not begin or end with white space");
        }
    }

    /** The name's extension in lower case, without the dot; empty when it has none. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        return dot <= 0 ? "" : value.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
