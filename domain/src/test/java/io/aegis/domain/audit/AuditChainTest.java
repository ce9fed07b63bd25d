package io.aegis.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final String PREVIOUS = "ab".repeat(32);

    static final AuditKey KEY = AuditKey.of("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    static AuditRecord record(long id) {
        return new AuditRecord(id, content("e".repeat(32)));
    }

    static AuditContent content(String entryId) {
        return new AuditContent(entryId, 7L, "asset_category.update", "asset_category", 3L, 4L,
                "{\"name\":\"Servers\"}", "{\"name\":\"Hosts\"}", "2001:db8::7", "curl/8", "sess-1", "req-42",
                "client-7", "success", null, AT);
    }

    @Test
    void the_v1_canonical_form_is_versioned_labelled_and_length_prefixed() {
        String canonical = new String(AuditChain.canonicalV1(record(42), PREVIOUS), StandardCharsets.UTF_8);

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
    void the_v1_hash_is_the_lower_case_hex_sha_256_of_the_canonical_form_and_never_changes() {
        // pinned (and checked with sha256sum): rows sealed by one release must verify under every later one
        assertThat(AuditChain.hashV1(record(42), PREVIOUS))
                .matches("[0-9a-f]{64}")
                .isEqualTo("d97c4a1c6d9b5732ea40f494b4a7c0a40159dfec46b09a23ca6270c88ad0ce43");
    }

    @Test
    void the_v2_canonical_form_names_the_entry_instead_of_the_id_and_keeps_the_clients_request_id_apart() {
        assertThat(AuditChain.canonicalV2(content("e".repeat(32)))).isEqualTo("""
                aegis-audit-v2
                entry_id=32:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
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
                client_request_id=8:client-7
                outcome=7:success
                error_message~
                created_at=24:2026-11-27T08:15:00.123Z
                """);
    }

    @Test
    void v2_seals_are_hmac_sha_256_under_the_key_and_never_change() {
        // pinned (and checked with openssl dgst -hmac): rows sealed by one release verify under every later one
        assertThat(AuditChain.entryMac(KEY, AuditChain.V2, content("e".repeat(32))))
                .isEqualTo("a20d0a2e8c261311787cded3d74a93b0786c1b0ed9de4460dcfd263597481010");
    }

    @Test
    void the_v3_canonical_form_is_v2_with_the_unit_of_the_row() {
        assertThat(AuditChain.canonicalV3(content("e".repeat(32)))).isEqualTo("""
                aegis-audit-v3
                entry_id=32:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
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
                org_unit_id=1:4
                client_request_id=8:client-7
                outcome=7:success
                error_message~
                created_at=24:2026-11-27T08:15:00.123Z
                """);
        assertThat(AuditChain.canonicalV3(withUnit(content("e".repeat(32)), null)))
                .contains("\norg_unit_id~\n");
    }

    @Test
    void v3_seals_are_hmac_sha_256_under_the_key_and_never_change() {
        // pinned (and checked with openssl dgst -hmac): rows sealed by one release verify under every later one
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, content("e".repeat(32))))
                .isEqualTo("d4d5de8caa8b5695e236382f1f751ab0ead0584e3400c84956223dfe304e067e");
    }

    @Test
    void the_unit_is_sealed_by_v3_only_and_v3_is_what_the_writer_uses() {
        AuditContent inUnit4 = content("e");

        assertThat(AuditChain.CURRENT).isEqualTo(AuditChain.V3);
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, withUnit(inUnit4, 5L)))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, inUnit4));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, withUnit(inUnit4, null)))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, inUnit4));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V2, withUnit(inUnit4, 5L)))
                .as("v2 rows predate units: StoredAuditRow refuses a unit on them")
                .isEqualTo(AuditChain.entryMac(KEY, AuditChain.V2, inUnit4));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, inUnit4))
                .as("the form's name is sealed: a row cannot be passed off in another form")
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V2, inUnit4));
    }

    @Test
    void only_the_keyed_forms_have_a_writers_mac() {
        assertThat(AuditChain.keyed(AuditChain.V2)).isTrue();
        assertThat(AuditChain.keyed(AuditChain.V3)).isTrue();
        assertThat(AuditChain.keyed(AuditChain.V1)).isFalse();
        assertThat(AuditChain.keyed(null)).isFalse();
        assertThatThrownBy(() -> AuditChain.entryMac(KEY, AuditChain.V1, content("e")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_key_makes_other_seals_and_the_key_id_reveals_nothing_of_the_key() {
        AuditKey other = AuditKey.of("o".repeat(32).getBytes(StandardCharsets.UTF_8));

        assertThat(AuditChain.entryMac(other, AuditChain.V3, content("e")))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, content("e")));
        assertThat(AuditChain.link(other, 1, PREVIOUS, "m")).isNotEqualTo(AuditChain.link(KEY, 1, PREVIOUS, "m"));
        assertThat(KEY.id()).matches("[0-9a-f]{16}").isNotEqualTo(other.id());
        assertThat(KEY.toString()).doesNotContain("kkkk");
    }

    @Test
    void a_key_shorter_than_256_bits_is_refused() {
        assertThatThrownBy(() -> AuditKey.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_link_covers_the_place_the_previous_hash_and_the_entry_mac() {
        String link = AuditChain.link(KEY, 5, PREVIOUS, "mac");

        assertThat(AuditChain.link(KEY, 6, PREVIOUS, "mac")).isNotEqualTo(link);
        assertThat(AuditChain.link(KEY, 5, AuditChain.GENESIS, "mac")).isNotEqualTo(link);
        assertThat(AuditChain.link(KEY, 5, PREVIOUS, "mac2")).isNotEqualTo(link);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("id (v1 only)", r -> copy(r, 43, c -> c)),
                change("user_id", r -> copy(r, r.id(), c -> content(c, 8L, c.action(), c.resourceId(), c.newValues(),
                        c.createdAt()))),
                change("user_id cleared", r -> copy(r, r.id(), c -> content(c, null, c.action(), c.resourceId(),
                        c.newValues(), c.createdAt()))),
                change("action", r -> copy(r, r.id(), c -> content(c, c.userId(), "asset_category.create",
                        c.resourceId(), c.newValues(), c.createdAt()))),
                change("resource_id", r -> copy(r, r.id(), c -> content(c, c.userId(), c.action(), 4L,
                        c.newValues(), c.createdAt()))),
                change("new_values", r -> copy(r, r.id(), c -> content(c, c.userId(), c.action(), c.resourceId(),
                        "{\"name\":\"hosts\"}", c.createdAt()))),
                change("new_values empty instead of null", r -> copy(r, r.id(), c -> content(c, c.userId(),
                        c.action(), c.resourceId(), "", c.createdAt()))),
                change("created_at by a microsecond", r -> copy(r, r.id(), c -> content(c, c.userId(), c.action(),
                        c.resourceId(), c.newValues(), c.createdAt().plusNanos(1_000)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void any_change_of_a_stored_value_changes_both_seals(String what, UnaryOperator<AuditRecord> change) {
        AuditRecord original = record(42);
        AuditRecord changed = change.apply(original);

        assertThat(AuditChain.hashV1(changed, PREVIOUS)).isNotEqualTo(AuditChain.hashV1(original, PREVIOUS));
        if (changed.id() == original.id()) {
            for (String form : List.of(AuditChain.V2, AuditChain.V3)) {
                assertThat(AuditChain.entryMac(KEY, form, changed.content())).as(form)
                        .isNotEqualTo(AuditChain.entryMac(KEY, form, original.content()));
            }
        }
    }

    @Test
    void the_entry_id_and_the_clients_request_id_are_part_of_the_entry_mac() {
        AuditContent c = content("a");

        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, content("b")))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, c));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, new AuditContent(c.entryId(), c.userId(), c.action(),
                c.resourceType(), c.resourceId(), c.orgUnitId(), c.oldValues(), c.newValues(), c.ipAddress(),
                c.userAgent(), c.sessionId(), c.requestId(), "client-8", c.outcome(), c.errorMessage(),
                c.createdAt()))).isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, c));
    }

    @Test
    void the_previous_hash_is_part_of_the_v1_hash() {
        assertThat(AuditChain.hashV1(record(42), PREVIOUS))
                .isNotEqualTo(AuditChain.hashV1(record(42), AuditChain.GENESIS));
    }

    @Test
    void moving_text_from_one_column_to_the_next_changes_the_hash() {
        AuditContent a = bare("asset", "_category");
        AuditContent b = bare("asset_", "category");
        AuditContent forged = bare("x\nresource_type=1:y", null);
        AuditContent plain = bare("x", "y");

        assertThat(AuditChain.hashV1(new AuditRecord(1, a), PREVIOUS))
                .isNotEqualTo(AuditChain.hashV1(new AuditRecord(1, b), PREVIOUS));
        assertThat(AuditChain.hashV1(new AuditRecord(1, forged), PREVIOUS))
                .isNotEqualTo(AuditChain.hashV1(new AuditRecord(1, plain), PREVIOUS));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, a))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, b));
        assertThat(AuditChain.entryMac(KEY, AuditChain.V3, forged))
                .isNotEqualTo(AuditChain.entryMac(KEY, AuditChain.V3, plain));
    }

    private static AuditContent bare(String action, String resourceType) {
        return new AuditContent(null, null, action, resourceType, null, null, null, null, null, null, null, null,
                null, "success", null, AT);
    }

    private static Arguments change(String name, UnaryOperator<AuditRecord> change) {
        return Arguments.of(name, change);
    }

    private static AuditRecord copy(AuditRecord record, long id, UnaryOperator<AuditContent> change) {
        return new AuditRecord(id, change.apply(record.content()));
    }

    private static AuditContent content(AuditContent r, Long userId, String action, Long resourceId,
                                        String newValues, Instant createdAt) {
        return new AuditContent(r.entryId(), userId, action, r.resourceType(), resourceId, r.orgUnitId(),
                r.oldValues(), newValues, r.ipAddress(), r.userAgent(), r.sessionId(), r.requestId(),
                r.clientRequestId(), r.outcome(), r.errorMessage(), createdAt);
    }

    static AuditContent withUnit(AuditContent r, Long unit) {
        return new AuditContent(r.entryId(), r.userId(), r.action(), r.resourceType(), r.resourceId(), unit,
                r.oldValues(), r.newValues(), r.ipAddress(), r.userAgent(), r.sessionId(), r.requestId(),
                r.clientRequestId(), r.outcome(), r.errorMessage(), r.createdAt());
    }
}
