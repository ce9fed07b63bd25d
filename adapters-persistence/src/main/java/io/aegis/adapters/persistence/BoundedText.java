package io.aegis.adapters.persistence;

/** Client-supplied text (addresses, user agents, attempted usernames) cut to its column's length. */
public final class BoundedText {

    private BoundedText() {
    }

    /** Null for empty (unknown); otherwise at most {@code maxLength} characters. */
    public static String of(String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() <= maxLength ? value : value.substring(0, maxLength);
    }
}
