package io.aegis.adapters.web.request;

import io.aegis.application.port.ExpectedVersion;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags and {@code If-Match} (RFC 9110 13.1.1): a resource's version is the instant of its last change, sent as a
 * strong ETag of its epoch milliseconds. A change carrying an {@code If-Match} that none of its tags meets is
 * answered with 412.
 */
public final class Versions {

    /** One member of the list: an optionally weak, quoted tag (RFC 9110 8.8.3), and the comma after it. */
    private static final Pattern MEMBER = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*(,|$)");

    /** The tags this server sends; any other tag names no version it ever had. */
    private static final Pattern EPOCH_MILLIS = Pattern.compile("0|[1-9][0-9]{0,17}");

    private Versions() {
    }

    public static void tag(Context ctx, Instant version) {
        ctx.header("ETag", "\"" + version.toEpochMilli() + "\"");
    }

    /** Answers {@code body}, a representation of the resource at {@code version}, with that version as its ETag. */
    public static Context respond(Context ctx, Instant version, Object body) {
        tag(ctx, version);
        return ctx.json(body);
    }

    /**
     * The versions the client accepts. No {@code If-Match}, or {@code *} (met by any resource that exists, and
     * the change only reaches a resource that does), sets no condition. Weak tags never meet {@code If-Match}
     * (strong comparison), and neither does an unreadable header: both count as no version.
     */
    public static ExpectedVersion expected(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        return ExpectedVersion.oneOf(strongTags(header).stream().flatMap(tag -> version(tag).stream()).toList());
    }

    /** The opaque values of the strong tags in {@code header}; none if it is not a list of tags. */
    private static List<String> strongTags(String header) {
        List<String> strong = new ArrayList<>();
        Matcher member = MEMBER.matcher(header);
        int end = 0;
        while (end < header.length() && member.find(end) && member.start() == end) {
            if (member.group(1) == null) {
                strong.add(member.group(2));
            }
            end = member.end();
        }
        return end == header.length() ? strong : List.of();
    }

    private static Optional<Instant> version(String tag) {
        return EPOCH_MILLIS.matcher(tag).matches() ? Optional.of(Instant.ofEpochMilli(Long.parseLong(tag)))
                : Optional.empty();
    }
}
