package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;

/** Strict dotted-quad IPv4 text: four decimal octets of 0 to 255, without leading zeros. */
final class Ipv4Text {

    private static final String SHAPE = "must be an IPv4 address (like 192.0.2.1) or an IPv6 address";

    private Ipv4Text() {
    }

    /** The text itself, once checked: a valid dotted quad is already in its one normal form. */
    static String canonical(String text) {
        octets(text);
        return text;
    }

    /**
     * The four octets of {@code text}. Leading zeros are refused rather than read: some parsers take
     * {@code 010} as octal 8, others as decimal 10, so such text has no single meaning.
     */
    static int[] octets(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new InvalidValueException(IpAddress.FIELD, SHAPE);
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = octet(parts[i]);
        }
        return octets;
    }

    private static int octet(String part) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(IpAddress.FIELD, SHAPE);
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new InvalidValueException(IpAddress.FIELD, "may not have leading zeros in an IPv4 octet");
        }
        int octet = Integer.parseInt(part);
        if (octet > 255) {
            throw new InvalidValueException(IpAddress.FIELD, "has an IPv4 octet above 255");
        }
        return octet;
    }
}
