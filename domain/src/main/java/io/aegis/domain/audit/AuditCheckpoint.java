package io.aegis.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement, written to a file outside the database, that the chain reached place {@code chainSeq} with
 * hash {@code rowHash}. A later truncation of the chain, a rewritten head or a rewritten prefix contradicts the
 * latest checkpoint. Checkpoints are numbered from 1 and each names the SHA-256 of the line before it, so a
 * removed, reordered or edited line shows too; the MAC under the audit key makes them unforgeable. The first line
 * of a file names its file's random seed instead (files written before V12: the genesis hash), so that no two
 * nodes' files begin alike.
 *
 * <p>One line each: {@code aegis-checkpoint-v1 number=N chain_seq=S row_hash=H at=ISO-8601 previous=P mac=M}.
 */
public record AuditCheckpoint(long number, long chainSeq, String rowHash, Instant at, String previous, String mac) {

    private static final String VERSION = "aegis-checkpoint-v1";
    private static final Pattern LINE = Pattern.compile(VERSION + " number=(\\d{1,18}) chain_seq=(\\d{1,18})"
            + " row_hash=([0-9a-f]{64}) at=(\\S+) previous=([0-9a-f]{64}) mac=([0-9a-f]{64})");

    public AuditCheckpoint {
        Objects.requireNonNull(rowHash, "rowHash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(mac, "mac");
    }

    /** The checkpoint after {@code previous} (null: a first one, linked to the genesis hash), signed with the key. */
    public static AuditCheckpoint next(AuditCheckpoint previous, AuditChainHead head, Instant at, AuditKey key) {
        return previous == null ? first(AuditChain.GENESIS, head, at, key)
                : signed(previous.number + 1, head, at, previous.lineHash(), key);
    }

    /** The first checkpoint of a file, linked to the file's {@code seed} (64 hexadecimal digits). */
    public static AuditCheckpoint first(String seed, AuditChainHead head, Instant at, AuditKey key) {
        if (!seed.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a checkpoint file's seed is 64 hexadecimal digits");
        }
        return signed(1, head, at, seed, key);
    }

    private static AuditCheckpoint signed(long number, AuditChainHead head, Instant at, String link, AuditKey key) {
        String hash = head.lastHash().orElse(AuditChain.GENESIS);
        return new AuditCheckpoint(number, head.lastSeq(), hash, at, link,
                key.mac(unsigned(number, head.lastSeq(), hash, at, link)));
    }

    /** @throws IllegalArgumentException when {@code line} is not a checkpoint line */
    public static AuditCheckpoint parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        try {
            return new AuditCheckpoint(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3),
                    Instant.parse(m.group(4)), m.group(5), m.group(6));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a checkpoint line: its time is no time", e);
        }
    }

    public String line() {
        return unsigned(number, chainSeq, rowHash, at, previous) + " mac=" + mac;
    }

    /** The SHA-256 of {@link #line()}, which the next checkpoint and the database's record name. */
    public String lineHash() {
        return HexFormat.of().formatHex(AuditKey.sha256(line().getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code key} signed it. */
    public boolean signedWith(AuditKey key) {
        return AuditKey.sameMac(key.mac(unsigned(number, chainSeq, rowHash, at, previous)), mac);
    }

    private static String unsigned(long number, long seq, String hash, Instant at, String previous) {
        return VERSION + " number=" + number + " chain_seq=" + seq + " row_hash=" + hash + " at=" + at
                + " previous=" + previous;
    }
}
