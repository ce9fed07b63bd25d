package io.aegis.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one rule that seals audit rows into a chain, used by the writer and by the verifier alike:
 * {@code row_hash = SHA-256(canonical form of the row, which includes previous_hash)}, in lower-case hex,
 * where {@code previous_hash} is the previous row's {@code row_hash} ({@link #GENESIS} for the first row).
 * Changing any stored value of a row, its id included, changes its hash; removing or reordering rows breaks
 * the links. (Whoever can rewrite the whole table and its head can forge a new chain; keeping the last hash
 * somewhere else, as {@code audit verify} prints it, detects that too.)
 *
 * <p>The canonical form, version {@value #VERSION}, is UTF-8 text: the version line, then one line per
 * column in this order: {@code id, previous_hash, user_id, action, resource_type, resource_id, old_values,
 * new_values, ip_address, user_agent, session_id, request_id, outcome, error_message, created_at}. A value
 * is written {@code name=<length in UTF-8 bytes>:<value>}, a NULL {@code name~}; the length prefix makes
 * the form unambiguous whatever the values contain. Numbers are decimal, {@code created_at} is ISO-8601
 * UTC ({@link java.time.Instant#toString()}). Never change this form: add a new version instead.
 */
public final class AuditChain {

    public static final String VERSION = "aegis-audit-v1";

    /** What the first row of the chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash sealing {@code row} after the row whose hash is {@code previousHash}. */
    public static String hash(AuditRecord row, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(row, previousHash)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static byte[] canonical(AuditRecord row, String previousHash) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        field(text, "id", Long.toString(row.id()));
        field(text, "previous_hash", previousHash);
        field(text, "user_id", row.userId());
        field(text, "action", row.action());
        field(text, "resource_type", row.resourceType());
        field(text, "resource_id", row.resourceId());
        field(text, "old_values", row.oldValues());
        field(text, "new_values", row.newValues());
        field(text, "ip_address", row.ipAddress());
        field(text, "user_agent", row.userAgent());
        field(text, "session_id", row.sessionId());
        field(text, "request_id", row.requestId());
        field(text, "outcome", row.outcome());
        field(text, "error_message", row.errorMessage());
        field(text, "created_at", row.createdAt().toString());
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
