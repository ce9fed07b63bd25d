package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a newly chosen password must not be, after NIST SP 800-63B, 5.1.1.2 (memorized secret verifiers). Length
 * is {@link PlainPassword}'s rule; no composition rules (mixing digits and symbols) and no expiry, as NIST advises.
 * Refused, compared on the NFKC form and ignoring case:
 * <ul>
 *   <li>control characters (NUL, line breaks, tabs, ...): no keyboard types them and systems around Aegis
 *       may cut or mangle a password at them;</li>
 *   <li>repetition: fewer than {@value #MIN_DISTINCT_CHARACTERS} different characters ("12 spaces", "abababababab");</li>
 *   <li>a common password ({@link CommonPasswords}), also with digits, spaces or symbols added before or after it
 *       ("password1234", "Monkey!!!!!!"), the first thing guessing tools try;</li>
 *   <li>a password built on the username, the email address or the product name: what remains once they are
 *       taken out must itself be {@value PlainPassword#MIN_LENGTH} characters long ("alice.wonder-2026!",
 *       "Aegis-server-01" are refused, a long passphrase that happens to contain the username is not).</li>
 * </ul>
 * Checked only when a password is set: the login compares whatever was set before.
 */
public final class PasswordPolicy {

    public static final String PRODUCT_NAME = "aegis";
    public static final int MIN_DISTINCT_CHARACTERS = 4;

    private static final String FIELD = "password";
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = Objects.requireNonNull(common, "common");
    }

    /** The policy with the list shipped with Aegis. */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(CommonPasswords.shipped());
    }

    /** @throws InvalidValueException naming the field {@code password} and the rule, when {@code chosen} breaks one */
    public void requireAcceptable(PlainPassword chosen, Username username, EmailAddress email) {
        String password = chosen.normalized();
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("may not contain control characters");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw refused("must use at least " + MIN_DISTINCT_CHARACTERS + " different characters");
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (common.contains(lowerCase) || common.contains(PADDING.matcher(lowerCase).replaceAll(""))) {
            throw refused("is one of the most commonly used passwords, with or without a few characters around it");
        }
        String rest = lowerCase.replace(email.value().toLowerCase(Locale.ROOT), "")
                .replace(username.value(), "").replace(PRODUCT_NAME, "");
        if (rest.codePointCount(0, rest.length()) < PlainPassword.MIN_LENGTH) {
            throw refused("may not be built on the username, the email address or the name " + PRODUCT_NAME
                    + ": without them it must still be " + PlainPassword.MIN_LENGTH + " characters long");
        }
    }

    private static InvalidValueException refused(String message) {
        return new InvalidValueException(FIELD, message);
    }
}
