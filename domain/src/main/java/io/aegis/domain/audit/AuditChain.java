package io.aegis.domain.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The rules that seal audit rows into a chain, used by the writer, the sealer and the verifier alike. Never change
 * a form: add a version instead, since rows sealed by one release must verify under every later one.
 *
 * <p><b>{@value #V2}</b> (V8 to V16) seals a row twice. The writer computes {@code entry_mac = HMAC(key,
 * canonical content)} inside the change's transaction, where the database has not numbered the row yet, so the
 * content carries the writer's random {@code entry_id} instead of the row id. The sealer later gives committed
 * rows their place {@code chain_seq} and links them: {@code row_hash = HMAC(key, "aegis-audit-v2-link", seq,
 * previous_hash, entry_mac)}. Without the key nobody can make a row, a link or a head that verifies.
 *
 * <p><b>{@value #V3}</b> (from V17 on, what the writer uses now) is {@value #V2} with the row's {@code org_unit_id}
 * among the sealed values: the unit decides who may read the row, so moving a row to another unit breaks its seal.
 * The link is the same for both forms (it covers the {@code entry_mac}, which covers the form's name).
 * {@value #V2} rows were written before units existed and carry none, so a unit found on one was put there later.
 *
 * <p><b>{@value #V1}</b> (V4 to V7) is {@code row_hash = SHA-256(canonical row, id and previous_hash
 * included)}, unkeyed; such rows verify as they are, and the keyed chain that follows them protects them too.
 *
 * <p>Both canonical forms are UTF-8 text: the version line, then one line per column, a value written
 * {@code name=<length in UTF-8 bytes>:<value>} and a NULL {@code name~}; the length prefix makes the form
 * unambiguous whatever the values contain. Numbers are decimal, {@code created_at} is ISO-8601 UTC
 * ({@link java.time.Instant#toString()}).
 */
public final class AuditChain {

    public static final String V1 = "aegis-audit-v1";
    public static final String V2 = "aegis-audit-v2";
    public static final String V3 = "aegis-audit-v3";

    /** The form the writer seals new rows in. */
    public static final String CURRENT = V3;

    /** What the first row of the chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Form {@value #V1}: the hash sealing {@code row} after the row whose hash is {@code previousHash}. */
    public static String hashV1(AuditRecord row, String previousHash) {
        return HexFormat.of().formatHex(AuditKey.sha256(canonicalV1(row, previousHash)));
    }

    /** Whether rows of {@code form} are sealed under the audit key, with a writer's MAC and a keyed link. */
    public static boolean keyed(String form) {
        return V2.equals(form) || V3.equals(form);
    }

    /**
     * The writer's MAC of a row's content in a {@link #keyed} form.
     *
     * @throws IllegalArgumentException for any other form
     */
    public static String entryMac(AuditKey key, String form, AuditContent content) {
        return switch (form) {
            case V2 -> key.mac(canonicalV2(content));
            case V3 -> key.mac(canonicalV3(content));
            default -> throw new IllegalArgumentException("no writer's MAC in form " + form);
        };
    }

    /** Forms {@value #V2} and {@value #V3}: the sealer's link of a row, at {@code chainSeq}, to the row before it. */
    public static String link(AuditKey key, long chainSeq, String previousHash, String entryMac) {
        StringBuilder text = new StringBuilder(V2).append("-link\n");
        field(text, "chain_seq", Long.toString(chainSeq));
        field(text, "previous_hash", previousHash);
        field(text, "entry_mac", entryMac);
        return key.mac(text.toString());
    }

    static byte[] canonicalV1(AuditRecord row, String previousHash) {
        AuditContent c = row.content();
        StringBuilder text = new StringBuilder(V1).append('\n');
        field(text, "id", Long.toString(row.id()));
        field(text, "previous_hash", previousHash);
        commonFields(text, c);
        field(text, "outcome", c.outcome());
        field(text, "error_message", c.errorMessage());
        field(text, "created_at", c.createdAt().toString());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String canonicalV2(AuditContent c) {
        StringBuilder text = new StringBuilder(V2).append('\n');
        field(text, "entry_id", c.entryId());
        commonFields(text, c);
        return writerFields(text, c);
    }

    static String canonicalV3(AuditContent c) {
        StringBuilder text = new StringBuilder(V3).append('\n');
        field(text, "entry_id", c.entryId());
        commonFields(text, c);
        field(text, "org_unit_id", c.orgUnitId());
        return writerFields(text, c);
    }

    private static String writerFields(StringBuilder text, AuditContent c) {
        field(text, "client_request_id", c.clientRequestId());
        field(text, "outcome", c.outcome());
        field(text, "error_message", c.errorMessage());
        field(text, "created_at", c.createdAt().toString());
        return text.toString();
    }

    private static void commonFields(StringBuilder text, AuditContent c) {
        field(text, "user_id", c.userId());
        field(text, "action", c.action());
        field(text, "resource_type", c.resourceType());
        field(text, "resource_id", c.resourceId());
        field(text, "old_values", c.oldValues());
        field(text, "new_values", c.newValues());
        field(text, "ip_address", c.ipAddress());
        field(text, "user_agent", c.userAgent());
        field(text, "session_id", c.sessionId());
        field(text, "request_id", c.requestId());
    }

    private static void field(StringBuilder text, String name, Long value) {
        field(text, name, value == null ? null : value.toString());
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name);
        if (value == null) {
            text.append('~');
        } else {
            text.append('=').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        text.append('\n');
    }
}
