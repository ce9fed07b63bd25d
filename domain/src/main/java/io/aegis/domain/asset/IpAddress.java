package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;

/**
 * An asset's IPv4 or IPv6 address, held in one normal form so that equal addresses compare (and search) equal:
 * IPv4 as dotted quads, IPv6 in the RFC 5952 canonical text ({@code 2001:db8::1}, {@code ::ffff:192.0.2.1}).
 * Parsed by hand: {@code InetAddress.getByName} would resolve anything that is not an address through DNS.
 * Zone ids ({@code fe80::1%eth0}) are refused: they name an interface of one host, not an asset's address.
 */
public record IpAddress(String value) {

    /** The column's length, which is also the longest textual IPv6 form (with an embedded IPv4 address). */
    public static final int MAX_LENGTH = 45;

    static final String FIELD = "ip_address";

    public IpAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(FIELD, "is required and may not be blank");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('%') >= 0) {
            throw new InvalidValueException(FIELD, "may not carry a zone id (%...)");
        }
        value = value.indexOf(':') >= 0 ? Ipv6Text.canonical(value) : Ipv4Text.canonical(value);
    }

    public boolean isIpv6() {
        return value.indexOf(':') >= 0;
    }
}
