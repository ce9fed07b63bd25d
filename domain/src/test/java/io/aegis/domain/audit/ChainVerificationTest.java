package io.aegis.domain.audit;

import static io.aegis.domain.audit.AuditChainTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.audit.ChainBreak.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final AuditCheckpoints NO_CHECKPOINTS = new AuditCheckpoints(Optional.empty(), Optional.empty());

    /** A trail written and sealed the way the writer and the sealer do it, and the head it leaves. */
    private record Trail(List<StoredAuditRow> rows, AuditChainHead head) {

        static Trail sealed(int count) {
            Trail trail = new Trail(List.of(), AuditChainHead.EMPTY);
            for (int i = 0; i < count; i++) {
                trail = trail.sealNext(written(trail.rows.size() + 1));
            }
            return trail;
        }

        Trail sealNext(StoredAuditRow written) {
            AuditSeal seal = head.sealNext(written, KEY);
            List<StoredAuditRow> more = new ArrayList<>(rows);
            more.add(new StoredAuditRow(written.id(), written.content(), seal));
            return new Trail(more, head.after(seal));
        }

        Trail replace(int index, StoredAuditRow row) {
            List<StoredAuditRow> changed = new ArrayList<>(rows);
            changed.set(index, row);
            return new Trail(changed, head);
        }

        Trail remove(int index) {
            List<StoredAuditRow> changed = new ArrayList<>(rows);
            changed.remove(index);
            return new Trail(changed, head);
        }

        /** The last rows removed and the head pointed back at the new last one, as an attacker would. */
        Trail truncateTo(int count) {
            StoredAuditRow last = rows.get(count - 1);
            return new Trail(rows.subList(0, count), new AuditChainHead(count, Optional.of(last.seal().rowHash())));
        }

        ChainVerification verify() {
            return verify(NO_CHECKPOINTS, Optional.empty(), List.of());
        }

        ChainVerification verify(AuditCheckpoints checkpoints, Optional<Long> firstSeqAfterHead,
                                 List<StoredAuditRow> pending) {
            ChainVerification verification = ChainVerification.start(KEY, checkpoints);
            for (StoredAuditRow row : rows) {
                verification = verification.follow(row);
            }
            verification = verification.concludeAt(head, firstSeqAfterHead);
            for (StoredAuditRow row : pending) {
                verification = verification.followPending(row);
            }
            return verification;
        }
    }

    static StoredAuditRow written(long id) {
        AuditContent content = content(id, "req-" + id);
        return StoredAuditRow.of(id, content, AuditSeal.written(KEY, content));
    }

    private static AuditContent content(long id, String requestId) {
        return new AuditContent("%032x".formatted(id), 7L, "asset.update", "asset", id, 2L, null, "{\"n\":1}",
                "192.0.2.1", "junit", "s", requestId, null, "success", null, AT);
    }

    private static StoredAuditRow withContent(StoredAuditRow row, AuditContent content) {
        return StoredAuditRow.of(row.id(), content, row.seal());
    }

    private static StoredAuditRow withSeal(StoredAuditRow row, AuditSeal seal) {
        return new StoredAuditRow(row.id(), row.content(), seal);
    }

    @Test
    void an_empty_trail_is_intact() {
        ChainVerification verification = Trail.sealed(0).verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isZero();
        assertThat(verification.lastHash()).isEmpty();
    }

    @Test
    void a_trail_written_and_sealed_by_aegis_is_intact_and_ends_at_the_heads_hash() {
        Trail trail = Trail.sealed(5);

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).as(String.valueOf(verification.failure())).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(5);
        assertThat(verification.lastSeq()).isEqualTo(5);
        assertThat(verification.lastHash()).isEqualTo(trail.head().lastHash());
        assertThat(trail.rows().get(0).seal().previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void a_changed_value_names_its_row() {
        Trail trail = Trail.sealed(5);
        Trail edited = trail.replace(2, withContent(trail.rows().get(2), content(3, "req-forged")));

        assertBreak(edited.verify(), 3L, 3L, Reason.CONTENT_CHANGED);
    }

    @Test
    void an_edited_or_removed_hash_names_its_row() {
        Trail trail = Trail.sealed(5);
        AuditSeal seal = trail.rows().get(1).seal();

        assertBreak(trail.replace(1, withSeal(trail.rows().get(1), new AuditSeal(seal.version(), seal.keyId(),
                seal.entryMac(), 2L, seal.previousHash(), "e".repeat(64)))).verify(), 2L, 2L, Reason.CONTENT_CHANGED);
        assertBreak(trail.replace(1, withSeal(trail.rows().get(1), new AuditSeal(seal.version(), seal.keyId(),
                seal.entryMac(), 2L, seal.previousHash(), null))).verify(), 2L, 2L, Reason.CONTENT_CHANGED);
    }

    @Test
    void an_unreadable_row_counts_as_changed() {
        Trail trail = Trail.sealed(3);

        Trail unreadable = trail.replace(1, StoredAuditRow.unreadable(2, trail.rows().get(1).seal()));

        assertBreak(unreadable.verify(), 2L, 2L, Reason.CONTENT_CHANGED);
    }

    @Test
    void a_missing_row_is_named_by_its_place_wherever_it_was() {
        assertBreak(Trail.sealed(5).remove(0).verify(), null, 1L, Reason.MISSING_ROW);
        assertBreak(Trail.sealed(5).remove(2).verify(), null, 3L, Reason.MISSING_ROW);
        assertBreak(Trail.sealed(5).remove(4).verify(), null, 5L, Reason.MISSING_ROW);
    }

    @Test
    void a_row_claiming_a_place_after_the_head_was_not_sealed_by_aegis() {
        assertBreak(Trail.sealed(3).verify(NO_CHECKPOINTS, Optional.of(4L), List.of()), null, 4L,
                Reason.FOREIGN_ROW);
    }

    @Test
    void a_head_holding_another_hash_is_a_broken_link_at_the_last_row() {
        Trail trail = Trail.sealed(3);
        Trail forgedHead = new Trail(trail.rows(), new AuditChainHead(3, Optional.of("f".repeat(64))));

        assertBreak(forgedHead.verify(), 3L, 3L, Reason.LINK_BROKEN);
    }

    @Test
    void a_truncated_tail_with_the_head_pointed_back_shows_only_against_a_checkpoint() {
        Trail trail = Trail.sealed(6);
        AuditCheckpoint checkpoint = AuditCheckpoint.next(null, trail.head(), AT, KEY);
        AuditCheckpoints file = new AuditCheckpoints(Optional.of(checkpoint), Optional.empty());
        Trail truncated = trail.truncateTo(4);

        assertThat(truncated.verify().intact()).isTrue();
        assertBreak(truncated.verify(file, Optional.empty(), List.of()), null, 5L, Reason.CHECKPOINT_MISMATCH);
        assertThat(trail.verify(file, Optional.empty(), List.of()).intact()).isTrue();
    }

    @Test
    void a_faulty_checkpoint_file_is_the_first_break() {
        AuditCheckpoints faulty = new AuditCheckpoints(Optional.empty(), Optional.of("checkpoints were removed"));

        assertBreak(Trail.sealed(2).verify(faulty, Optional.empty(), List.of()), null, null,
                Reason.CHECKPOINT_MISMATCH);
    }

    @Test
    void rows_waiting_for_the_sealer_are_checked_one_by_one() {
        Trail trail = Trail.sealed(2);
        StoredAuditRow genuine = written(3);
        StoredAuditRow edited = withContent(written(4), content(4, "req-forged"));
        StoredAuditRow unsigned = StoredAuditRow.of(5, content(5, "x"), new AuditSeal(null, null, null, null, null,
                null));

        ChainVerification intact = trail.verify(NO_CHECKPOINTS, Optional.empty(), List.of(genuine));
        assertThat(intact.intact()).isTrue();
        assertThat(intact.pendingRows()).isEqualTo(1);
        assertBreak(trail.verify(NO_CHECKPOINTS, Optional.empty(), List.of(genuine, edited)), 4L, null,
                Reason.CONTENT_CHANGED);
        assertBreak(trail.verify(NO_CHECKPOINTS, Optional.empty(), List.of(unsigned)), 5L, null,
                Reason.FOREIGN_ROW);
    }

    @Test
    void a_row_sealed_under_another_key_is_foreign_and_says_so() {
        AuditKey other = AuditKey.of("o".repeat(32).getBytes(StandardCharsets.UTF_8));
        AuditContent content = content(1, "req-1");
        StoredAuditRow row = StoredAuditRow.of(1, content, AuditSeal.written(other, content));

        ChainVerification verification = Trail.sealed(0).verify(NO_CHECKPOINTS, Optional.empty(), List.of(row));

        assertBreak(verification, 1L, null, Reason.FOREIGN_ROW);
        assertThat(verification.failure().orElseThrow().detail()).contains(other.id(), KEY.id(), "AEGIS_AUDIT_KEY");
    }

    @Test
    void v1_rows_verify_before_v2_rows_but_not_after_them() {
        StoredAuditRow v1 = v1Row(1, AuditChain.GENESIS);
        Trail trail = new Trail(List.of(v1), new AuditChainHead(1, Optional.of(v1.seal().rowHash())))
                .sealNext(written(2));

        assertThat(trail.verify().intact()).as(String.valueOf(trail.verify().failure())).isTrue();
        StoredAuditRow downgrade = v1Row(3, trail.head().lastHash().orElseThrow());
        Trail appended = new Trail(List.of(trail.rows().get(0), trail.rows().get(1), downgrade),
                new AuditChainHead(3, Optional.of(downgrade.seal().rowHash())));
        assertBreak(appended.verify(), 3L, 3L, Reason.FOREIGN_ROW);
    }

    /** A row as the writer left it before units existed: form v2, no unit. */
    private static StoredAuditRow v2Row(long id) {
        AuditContent content = AuditChainTest.withUnit(content(id, "req-" + id), null);
        return StoredAuditRow.of(id, content, new AuditSeal(AuditChain.V2, KEY.id(),
                AuditChain.entryMac(KEY, AuditChain.V2, content), null, null, null));
    }

    @Test
    void v2_rows_written_before_units_verify_and_v3_rows_may_follow_or_come_between_them() {
        Trail trail = Trail.sealed(0).sealNext(v2Row(1)).sealNext(written(2)).sealNext(v2Row(3));

        ChainVerification verification = trail.verify(NO_CHECKPOINTS, Optional.empty(), List.of(v2Row(4),
                written(5)));

        assertThat(verification.intact()).as(String.valueOf(verification.failure())).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(3);
        assertThat(verification.pendingRows()).isEqualTo(2);
    }

    @Test
    void a_v3_row_moved_to_another_unit_or_out_of_every_unit_is_changed() {
        Trail trail = Trail.sealed(3);
        StoredAuditRow row = trail.rows().get(1);
        AuditContent content = row.content().orElseThrow();

        assertBreak(trail.replace(1, withContent(row, AuditChainTest.withUnit(content, 3L))).verify(), 2L, 2L,
                Reason.CONTENT_CHANGED);
        assertBreak(trail.replace(1, withContent(row, AuditChainTest.withUnit(content, null))).verify(), 2L, 2L,
                Reason.CONTENT_CHANGED);
        assertBreak(Trail.sealed(0).verify(NO_CHECKPOINTS, Optional.empty(),
                List.of(withContent(written(1), AuditChainTest.withUnit(content(1, "req-1"), 3L)))), 1L, null,
                Reason.CONTENT_CHANGED);
    }

    @Test
    void a_unit_given_to_a_row_of_a_form_older_than_v3_is_a_change() {
        Trail trail = Trail.sealed(0).sealNext(v2Row(1)).sealNext(v2Row(2));
        StoredAuditRow v2 = trail.rows().get(1);
        StoredAuditRow v1 = v1Row(1, AuditChain.GENESIS);

        assertBreak(trail.replace(1, withContent(v2, content(2, "req-2"))).verify(), 2L, 2L,
                Reason.CONTENT_CHANGED);
        assertBreak(Trail.sealed(0).verify(NO_CHECKPOINTS, Optional.empty(),
                List.of(withContent(v2Row(1), content(1, "req-1")))), 1L, null, Reason.CONTENT_CHANGED);
        Trail v1Trail = new Trail(List.of(withContent(v1, content(1, "req-1"))),
                new AuditChainHead(1, Optional.of(v1.seal().rowHash())));
        assertBreak(v1Trail.verify(), 1L, 1L, Reason.CONTENT_CHANGED);
    }

    @Test
    void a_v3_row_relabelled_as_v2_is_changed() {
        Trail trail = Trail.sealed(2);
        StoredAuditRow row = trail.rows().get(1);
        AuditSeal seal = row.seal();
        AuditContent withoutUnit = AuditChainTest.withUnit(row.content().orElseThrow(), null);

        StoredAuditRow relabelled = StoredAuditRow.of(2, withoutUnit, new AuditSeal(AuditChain.V2, seal.keyId(),
                seal.entryMac(), seal.chainSeq(), seal.previousHash(), seal.rowHash()));

        assertBreak(trail.replace(1, relabelled).verify(), 2L, 2L, Reason.CONTENT_CHANGED);
    }

    private static StoredAuditRow v1Row(long id, String previous) {
        AuditContent content = AuditChainTest.withUnit(content(id, "req-" + id), null);
        String hash = AuditChain.hashV1(new AuditRecord(id, content), previous);
        return StoredAuditRow.of(id, content, new AuditSeal(AuditChain.V1, null, null, id, previous, hash));
    }

    @Test
    void it_stays_at_the_first_break() {
        Trail trail = Trail.sealed(5);
        Trail twice = trail.replace(1, withContent(trail.rows().get(1), content(2, "x")))
                .replace(3, withContent(trail.rows().get(3), content(4, "x")));

        assertBreak(twice.verify(), 2L, 2L, Reason.CONTENT_CHANGED);
    }

    @Test
    void the_sealer_refuses_to_vouch_for_a_row_aegis_did_not_write() {
        StoredAuditRow edited = withContent(written(1), content(1, "req-forged"));

        assertThatThrownBy(() -> AuditChainHead.EMPTY.sealNext(edited, KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 was changed");
    }

    @Test
    void the_head_is_faulty_when_its_row_is_gone_changed_or_followed_by_a_foreign_row() {
        Trail trail = Trail.sealed(3);
        StoredAuditRow last = trail.rows().get(2);

        assertThat(trail.head().fault(Optional.of(last), Optional.empty(), KEY)).isEmpty();
        assertThat(trail.head().fault(Optional.empty(), Optional.empty(), KEY)).get().asString()
                .contains("missing");
        assertThat(trail.head().fault(Optional.of(withContent(last, content(3, "x"))), Optional.empty(), KEY))
                .get().asString().contains("does not match");
        assertThat(trail.head().fault(Optional.of(last), Optional.of(9L), KEY)).get().asString()
                .contains("place 9");
        assertThat(AuditChainHead.EMPTY.fault(Optional.empty(), Optional.empty(), KEY)).isEmpty();
    }

    private static void assertBreak(ChainVerification verification, Long rowId, Long seq, Reason reason) {
        assertThat(verification.intact()).isFalse();
        ChainBreak failure = verification.failure().orElseThrow();
        assertThat(failure.reason()).as(failure.detail()).isEqualTo(reason);
        assertThat(failure.rowId()).as(failure.detail()).isEqualTo(rowId);
        assertThat(failure.chainSeq()).as(failure.detail()).isEqualTo(seq);
    }
}
