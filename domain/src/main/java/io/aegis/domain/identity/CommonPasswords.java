package io.aegis.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords too common to be chosen: what an attacker tries first. The list Aegis ships is
 * {@code common-passwords.txt} beside this class (its header names the source, version and licence), read once,
 * on first use, into a hash set.
 */
public final class CommonPasswords {

    private static final String SHIPPED = "common-passwords.txt";

    private final Set<String> passwords;

    /** @param passwords the list; compared ignoring case */
    public CommonPasswords(Collection<String> passwords) {
        this.passwords = passwords.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The list shipped with Aegis. */
    public static CommonPasswords shipped() {
        return Shipped.LIST;
    }

    /** @param lowerCase a password in lower case ({@link Locale#ROOT}) */
    public boolean contains(String lowerCase) {
        return passwords.contains(lowerCase);
    }

    public int size() {
        return passwords.size();
    }

    /** Loaded by the first call to {@link #shipped()}, once for the life of the JVM. */
    private static final class Shipped {

        static final CommonPasswords LIST = load();

        private static CommonPasswords load() {
            try (InputStream stream = CommonPasswords.class.getResourceAsStream(SHIPPED)) {
                if (stream == null) {
                    throw new IllegalStateException(SHIPPED + " is missing from the classpath");
                }
                var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                return new CommonPasswords(reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SHIPPED, e);
            }
        }
    }
}
