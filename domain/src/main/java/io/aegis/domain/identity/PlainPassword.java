package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A password as the user typed it, on its way to being hashed or checked; never stored, never shown.
 * What is hashed and compared is its NFKC form (NIST SP 800-63B, 5.1.1.2): one password typed on two keyboards
 * or input methods (a composed or decomposed accent, full-width digits) is one password. NFKC rather than NFC
 * because it also folds compatibility characters (full-width letters, ligatures), so that a common password
 * typed in full-width letters is still that common password. At least 12 characters, and at most 72 bytes in UTF-8, both counted on that form: bcrypt ignores
 * everything after the 72nd byte, so a longer password would be silently weaker than it looks.
 * Which passwords may be chosen is {@link PasswordPolicy}'s rule.
 */
public record PlainPassword(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_UTF8_BYTES = 72;

    public PlainPassword {
        if (value == null) {
            throw new InvalidValueException("password", "is required");
        }
        String normalized = normalize(value);
        if (normalized.codePointCount(0, normalized.length()) < MIN_LENGTH) {
            throw new InvalidValueException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (normalized.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new InvalidValueException("password", "must be at most " + MAX_UTF8_BYTES
                    + " bytes in UTF-8 (bcrypt ignores the rest)");
        }
    }

    /** What is hashed, and compared first. */
    public String normalized() {
        return normalize(value);
    }

    /**
     * The password as typed, when normalising changed it: hashes set before Aegis normalised passwords were made
     * from that form, and must still verify.
     */
    public Optional<String> unnormalized() {
        return Optional.of(value).filter(typed -> !typed.equals(normalized()));
    }

    @Override
    public String toString() {
        return "PlainPassword[redacted]";
    }

    private static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
