package io.aegis.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final String PREVIOUS = "ab".repeat(32);

    static AuditRecord record(long id) {
        return new AuditRecord(id, 7L, "asset_category.update", "asset_category", 3L,
                "{\"name\":\"Servers\"}", "{\"name\":\"Hosts\"}", "2001:db8::7", "curl/8", "sess-1", "req-42",
                "success", null, AT);
    }

    @Test
    void the_canonical_form_is_versioned_labelled_and_length_prefixed() {
        String canonical = new String(AuditChain.canonical(record(42), PREVIOUS), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("""
                aegis-audit-v1
                id=2:42
                previous_hash=64:%s
                user_id=1:7
                action=21:asset_category.update
                resource_type=14:asset_category
                resource_id=1:3
                old_values=18:{"name":"Servers"}
                new_values=16:{"name":"Hosts"}
                ip_address=11:2001:db8::7
                user_agent=6:curl/8
                session_id=6:sess-1
                request_id=6:req-42
                outcome=7:success
                error_message~
                created_at=24:2026-11-27T08:15:00.123Z
                """.formatted(PREVIOUS));
    }

    @Test
    void the_hash_is_the_lower_case_hex_sha_256_of_the_canonical_form_and_never_changes() {
        // pinned (and checked with sha256sum): rows sealed by one release must verify under every later one
        assertThat(AuditChain.hash(record(42), PREVIOUS))
                .matches("[0-9a-f]{64}")
                .isEqualTo(AuditChain.hash(record(42), PREVIOUS))
                .isEqualTo("d97c4a1c6d9b5732ea40f494b4a7c0a40159dfec46b09a23ca6270c88ad0ce43");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("id", r -> copy(r, 43, r.userId(), r.action(), r.resourceId(), r.newValues(), r.createdAt())),
                change("user_id", r -> copy(r, r.id(), 8L, r.action(), r.resourceId(), r.newValues(), r.createdAt())),
                change("user_id cleared", r -> copy(r, r.id(), null, r.action(), r.resourceId(), r.newValues(),
                        r.createdAt())),
                change("action", r -> copy(r, r.id(), r.userId(), "asset_category.create", r.resourceId(),
                        r.newValues(), r.createdAt())),
                change("resource_id", r -> copy(r, r.id(), r.userId(), r.action(), 4L, r.newValues(),
                        r.createdAt())),
                change("new_values", r -> copy(r, r.id(), r.userId(), r.action(), r.resourceId(),
                        "{\"name\":\"hosts\"}", r.createdAt())),
                change("new_values empty instead of null", r -> copy(r, r.id(), r.userId(), r.action(),
                        r.resourceId(), "", r.createdAt())),
                change("created_at by a microsecond", r -> copy(r, r.id(), r.userId(), r.action(), r.resourceId(),
                        r.newValues(), r.createdAt().plusNanos(1_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void any_change_of_a_stored_value_changes_the_hash(String what, UnaryOperator<AuditRecord> change) {
        AuditRecord original = record(42);

        assertThat(AuditChain.hash(change.apply(original), PREVIOUS)).isNotEqualTo(AuditChain.hash(original, PREVIOUS));
    }

    @Test
    void the_previous_hash_is_part_of_the_hash() {
        assertThat(AuditChain.hash(record(42), PREVIOUS)).isNotEqualTo(AuditChain.hash(record(42), AuditChain.GENESIS));
    }

    @Test
    void moving_text_from_one_column_to_the_next_changes_the_hash() {
        AuditRecord a = new AuditRecord(1, null, "asset", "_category", null, null, null, null, null, null, null,
                "success", null, AT);
        AuditRecord b = new AuditRecord(1, null, "asset_", "category", null, null, null, null, null, null, null,
                "success", null, AT);
        AuditRecord forged = new AuditRecord(1, null, "x\nresource_type=1:y", null, null, null, null, null, null,
                null, null, "success", null, AT);
        AuditRecord plain = new AuditRecord(1, null, "x", "y", null, null, null, null, null, null, null,
                "success", null, AT);

        assertThat(AuditChain.hash(a, PREVIOUS)).isNotEqualTo(AuditChain.hash(b, PREVIOUS));
        assertThat(AuditChain.hash(forged, PREVIOUS)).isNotEqualTo(AuditChain.hash(plain, PREVIOUS));
    }

    private static Arguments change(String name, UnaryOperator<AuditRecord> change) {
        return Arguments.of(name, change);
    }

    private static AuditRecord copy(AuditRecord r, long id, Long userId, String action, Long resourceId,
                                    String newValues, Instant createdAt) {
        return new AuditRecord(id, userId, action, r.resourceType(), resourceId, r.oldValues(), newValues,
                r.ipAddress(), r.userAgent(), r.sessionId(), r.requestId(), r.outcome(), r.errorMessage(), createdAt);
    }
}
