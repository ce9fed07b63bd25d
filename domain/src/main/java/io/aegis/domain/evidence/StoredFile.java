package io.aegis.domain.evidence;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file in the evidence store: where it is (relative to the store, derived from its hash), the name it was
 * uploaded under, its size, its detected type and the SHA-256 of its content in lower-case hex.
 */
public record StoredFile(String path, EvidenceFileName name, long size, FileType type, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PATH = Pattern.compile("sha256/([0-9a-f]{2})/([0-9a-f]{62})");

    public StoredFile {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidValueException("file_hash", "must be a SHA-256 in lower-case hex");
        }
        if (!path(sha256).equals(path)) {
            throw new InvalidValueException("file_path", "must be where the store keeps content of this hash");
        }
        if (size < 1) {
            throw new InvalidValueException("file", "must not be empty");
        }
    }

    /** Where content of {@code sha256} is kept, relative to the store: {@code sha256/ab/cdef...}. */
    public static String path(String sha256) {
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2);
    }

    /** The hash whose content is kept at {@code path}; empty for a path that is not a kept file's. */
    public static Optional<String> hashAt(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1) + matcher.group(2)) : Optional.empty();
    }
}
