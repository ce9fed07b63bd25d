package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * IPv6 text (RFC 4291 section 2.2: full, compressed with {@code ::}, or ending in an embedded IPv4 address)
 * read into eight 16-bit groups and written back in the RFC 5952 canonical form.
 */
final class Ipv6Text {

    private static final int GROUPS = 8;
    private static final String SHAPE = "is not a valid IPv6 address";

    private Ipv6Text() {
    }

    static String canonical(String text) {
        return format(parse(text));
    }

    private static int[] parse(String text) {
        String hexText = withEmbeddedIpv4AsHex(text);
        int gap = hexText.indexOf("::");
        List<Integer> head;
        List<Integer> tail;
        if (gap < 0) {
            head = groups(hexText);
            tail = List.of();
            if (head.size() != GROUPS) {
                throw invalid();
            }
        } else {
            head = groups(hexText.substring(0, gap));
            tail = groups(hexText.substring(gap + 2));
            // "::" stands for at least one group of zeros (RFC 4291), so at most seven are written.
            if (head.size() + tail.size() > GROUPS - 1) {
                throw invalid();
            }
        }
        int[] groups = new int[GROUPS];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[GROUPS - tail.size() + i] = tail.get(i);
        }
        return groups;
    }

    /** Rewrites a trailing dotted quad as two hex groups; a dot anywhere else is malformed. */
    private static String withEmbeddedIpv4AsHex(String text) {
        int firstDot = text.indexOf('.');
        if (firstDot < 0) {
            return text;
        }
        int lastColon = text.lastIndexOf(':');
        if (firstDot < lastColon) {
            throw invalid();
        }
        int[] octets = Ipv4Text.octets(text.substring(lastColon + 1));
        return text.substring(0, lastColon + 1)
                + Integer.toHexString(octets[0] << 8 | octets[1]) + ':'
                + Integer.toHexString(octets[2] << 8 | octets[3]);
    }

    /** The groups of a colon-separated run; an empty run has none, an empty group is malformed. */
    private static List<Integer> groups(String run) {
        List<Integer> groups = new ArrayList<>();
        if (run.isEmpty()) {
            return groups;
        }
        for (String group : run.split(":", -1)) {
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(Ipv6Text::isHexDigit)) {
                throw invalid();
            }
            groups.add(Integer.parseInt(group, 16));
        }
        return groups;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * RFC 5952: lower-case hex without leading zeros (4.1, 4.3); the longest run of two or more zero groups,
     * the first of equals, shortened to {@code ::} (4.2); IPv4-mapped addresses end in a dotted quad (5).
     */
    private static String format(int[] groups) {
        if (isIpv4Mapped(groups)) {
            return "::ffff:" + (groups[6] >> 8) + '.' + (groups[6] & 0xff) + '.'
                    + (groups[7] >> 8) + '.' + (groups[7] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; ) {
            int j = i;
            while (j < GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException(IpAddress.FIELD, SHAPE);
    }
}
