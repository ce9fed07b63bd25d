package io.aegis.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.domain.audit.ChainBreak.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    /** A trail sealed the way the writer seals it, and the head it leaves. */
    private record Trail(List<StoredAuditRow> rows, AuditChainHead head) {

        static Trail sealed(int count) {
            return sealedAfter(List.of(), new AuditChainHead(0, Optional.empty()), count);
        }

        /** {@code count} sealed rows after rows written before the chain existed. */
        static Trail sealedAfter(List<StoredAuditRow> unsealed, AuditChainHead head, int count) {
            List<StoredAuditRow> rows = new ArrayList<>(unsealed);
            for (int i = 0; i < count; i++) {
                AuditRecord record = AuditChainTest.record(head.nextId());
                String previous = head.previousHashOfNext();
                String hash = AuditChain.hash(record, previous);
                rows.add(StoredAuditRow.of(record, previous, hash));
                head = head.after(record, hash);
            }
            return new Trail(rows, head);
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

        ChainVerification verify() {
            return verify(Optional.empty());
        }

        ChainVerification verify(Optional<Long> firstRowAfterHead) {
            ChainVerification verification = ChainVerification.start();
            for (StoredAuditRow row : rows) {
                verification = verification.follow(row);
            }
            return verification.concludeAt(head, firstRowAfterHead);
        }
    }

    @Test
    void an_empty_trail_is_intact() {
        ChainVerification verification = Trail.sealed(0).verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isZero();
        assertThat(verification.lastHash()).isEmpty();
    }

    @Test
    void a_trail_sealed_by_the_writer_is_intact_and_ends_at_the_heads_hash() {
        Trail trail = Trail.sealed(5);

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(5);
        assertThat(verification.lastHash()).isEqualTo(trail.head().lastHash());
        assertThat(trail.rows().get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void a_changed_value_names_its_row() {
        Trail trail = Trail.sealed(5);
        StoredAuditRow third = trail.rows().get(2);
        AuditRecord original = third.content().orElseThrow();
        AuditRecord edited = new AuditRecord(original.id(), original.userId(), "asset_category.delete",
                original.resourceType(), original.resourceId(), original.oldValues(), original.newValues(),
                original.ipAddress(), original.userAgent(), original.sessionId(), original.requestId(),
                original.outcome(), original.errorMessage(), original.createdAt());

        assertBreak(trail.replace(2, StoredAuditRow.of(edited, third.previousHash(), third.rowHash())).verify(),
                3, Reason.CONTENT_CHANGED);
    }

    @Test
    void an_edited_or_removed_hash_names_its_row() {
        Trail trail = Trail.sealed(5);
        StoredAuditRow third = trail.rows().get(2);
        AuditRecord content = third.content().orElseThrow();

        assertBreak(trail.replace(2, StoredAuditRow.of(content, third.previousHash(), "f".repeat(64))).verify(),
                3, Reason.CONTENT_CHANGED);
        assertBreak(trail.replace(2, StoredAuditRow.of(content, "e".repeat(64), third.rowHash())).verify(),
                3, Reason.CONTENT_CHANGED);
        assertBreak(trail.replace(2, StoredAuditRow.of(content, null, null)).verify(), 3, Reason.CONTENT_CHANGED);
        assertBreak(trail.replace(0, StoredAuditRow.of(trail.rows().get(0).content().orElseThrow(), null, null))
                .verify(), 1, Reason.CONTENT_CHANGED);
    }

    @Test
    void an_unreadable_row_counts_as_changed() {
        Trail trail = Trail.sealed(3);
        StoredAuditRow second = trail.rows().get(1);

        assertBreak(trail.replace(1, StoredAuditRow.unreadable(2, second.previousHash(), second.rowHash())).verify(),
                2, Reason.CONTENT_CHANGED);
    }

    @Test
    void a_row_resealed_after_an_edit_breaks_the_link_of_the_next() {
        Trail trail = Trail.sealed(5);
        StoredAuditRow third = trail.rows().get(2);
        AuditRecord original = third.content().orElseThrow();
        AuditRecord edited = new AuditRecord(3, original.userId(), "forged", original.resourceType(),
                original.resourceId(), original.oldValues(), original.newValues(), original.ipAddress(),
                original.userAgent(), original.sessionId(), original.requestId(), original.outcome(),
                original.errorMessage(), original.createdAt());

        Trail resealed = trail.replace(2, StoredAuditRow.of(edited, third.previousHash(),
                AuditChain.hash(edited, third.previousHash())));

        assertBreak(resealed.verify(), 4, Reason.LINK_BROKEN);
    }

    @Test
    void a_missing_row_is_named_wherever_it_was() {
        Trail trail = Trail.sealed(5);

        assertBreak(trail.remove(2).verify(), 3, Reason.MISSING_ROW);
        assertBreak(trail.remove(0).verify(), 1, Reason.MISSING_ROW);
        assertBreak(trail.remove(4).verify(), 5, Reason.MISSING_ROW);
    }

    @Test
    void rows_swapped_with_their_ids_break_the_links() {
        Trail trail = Trail.sealed(5);
        StoredAuditRow second = trail.rows().get(1);
        StoredAuditRow third = trail.rows().get(2);

        Trail swapped = trail.replace(1, third).replace(2, second);

        // the rows themselves are intact; the order is what changed
        assertThat(swapped.verify().intact()).isFalse();
    }

    @Test
    void a_row_after_the_recorded_end_is_not_part_of_the_chain() {
        assertBreak(Trail.sealed(3).verify(Optional.of(4L)), 4, Reason.LINK_BROKEN);
    }

    @Test
    void a_head_holding_another_hash_is_a_broken_link_at_the_last_row() {
        Trail trail = Trail.sealed(3);
        Trail otherHead = new Trail(trail.rows(), new AuditChainHead(3, Optional.of("d".repeat(64))));

        assertBreak(otherHead.verify(), 3, Reason.LINK_BROKEN);
    }

    @Test
    void rows_from_before_the_chain_are_counted_not_checked() {
        List<StoredAuditRow> unsealed = List.of(
                StoredAuditRow.of(AuditChainTest.record(1), null, null),
                StoredAuditRow.of(AuditChainTest.record(4), null, null));
        Trail trail = Trail.sealedAfter(unsealed, new AuditChainHead(4, Optional.empty()), 3);

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealedRows()).isEqualTo(2);
        assertThat(verification.rowsChecked()).isEqualTo(3);
        assertThat(trail.rows().get(2).id()).isEqualTo(5);
    }

    @Test
    void the_first_sealed_row_may_not_be_removed_from_behind_unsealed_rows() {
        List<StoredAuditRow> unsealed = List.of(StoredAuditRow.of(AuditChainTest.record(1), null, null));
        Trail trail = Trail.sealedAfter(unsealed, new AuditChainHead(1, Optional.empty()), 3);

        assertBreak(trail.remove(1).verify(), 2, Reason.MISSING_ROW);
    }

    @Test
    void it_stays_at_the_first_break() {
        Trail trail = Trail.sealed(5).remove(3).remove(1);

        assertBreak(trail.verify(Optional.of(9L)), 2, Reason.MISSING_ROW);
    }

    private static void assertBreak(ChainVerification verification, long rowId, Reason reason) {
        assertThat(verification.intact()).isFalse();
        ChainBreak failure = verification.failure().orElseThrow();
        assertThat(failure.rowId()).as(failure.detail()).isEqualTo(rowId);
        assertThat(failure.reason()).as(failure.detail()).isEqualTo(reason);
        assertThat(failure.detail()).contains("row " + rowId);
    }
}
