package io.aegis.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.Page;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");

    private final Trail trail = new Trail();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final AccessGuard guard = new AccessGuard(audit, new DirectTransactions(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void both_require_audit_read_and_record_a_refusal() {
        var everythingElse = Actors.withPermissions(Permission.ASSET_WRITE, Permission.USER_ADMIN);

        assertThatThrownBy(() -> new ListAuditLogsService(guard, query -> Page.of(List.of(), 0, query.page()))
                .list(everythingElse, ListAuditLogsQuery.all()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("audit:read");
        assertThatThrownBy(() -> new VerifyAuditChainService(guard, trail).verify(everythingElse))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("audit:read");

        assertThat(trail.reads).isZero();
        assertThat(audit.entries()).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                tuple("audit_log.list", AuditEntry.Outcome.DENIED), tuple("audit_log.verify", AuditEntry.Outcome.DENIED));
    }

    @Test
    void listing_passes_the_query_to_the_read_model() {
        AuditLogView row = AuditLogView.of(record(1), AuditChain.GENESIS, "a".repeat(64));
        List<ListAuditLogsQuery> asked = new ArrayList<>();

        Page<AuditLogView> page = new ListAuditLogsService(guard, query -> {
            asked.add(query);
            return Page.of(List.of(row), 1, query.page());
        }).list(Actors.withPermissions(Permission.AUDIT_READ), ListAuditLogsQuery.all());

        assertThat(page.items()).containsExactly(row);
        assertThat(asked).containsExactly(ListAuditLogsQuery.all());
    }

    @Test
    void verification_reads_the_trail_in_bounded_batches() {
        trail.append(10);

        ChainVerificationView result = new VerifyAuditChainService(guard, trail, 3).verify(Actors.everything());

        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(10);
        assertThat(result.lastId()).isEqualTo(10);
        assertThat(result.lastHash()).isEqualTo(trail.head.lastHash().orElseThrow());
        assertThat(trail.largestBatch).isEqualTo(3);
        assertThat(trail.reads).isEqualTo(4);
    }

    @Test
    void rows_appended_while_the_verification_runs_are_no_break() {
        trail.append(5);
        trail.appendOnFirstRead = 2;

        ChainVerificationView result = new VerifyAuditChainService(guard, trail, 2).verify(Actors.everything());

        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
    }

    @Test
    void a_row_not_appended_through_the_chain_is_reported() {
        trail.append(3);
        AuditRecord forged = record(4);
        trail.rows.add(StoredAuditRow.of(forged, trail.head.lastHash().orElseThrow(),
                AuditChain.hash(forged, trail.head.lastHash().orElseThrow())));

        ChainVerificationView result = new VerifyAuditChainService(guard, trail).verify(Actors.everything());

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenRowId()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo("link_broken");
        assertThat(result.rowsChecked()).isEqualTo(3);
    }

    @Test
    void a_missing_row_is_reported_with_its_id() {
        trail.append(6);
        trail.rows.remove(3);

        ChainVerificationView result = new VerifyAuditChainService(guard, trail, 2).verify(Actors.everything());

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenRowId()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo("missing_row");
        assertThat(result.detail()).contains("row 4");
        assertThat(result.lastId()).isEqualTo(3);
    }

    private static AuditRecord record(long id) {
        return new AuditRecord(id, null, "asset_category.create", "asset_category", id, null, "{\"id\":" + id + "}",
                "127.0.0.1", "junit", null, "req-" + id, "success", null, NOW);
    }

    /** An in-memory trail sealed like the persistence adapter seals it. */
    private static final class Trail implements AuditChainReader {

        final List<StoredAuditRow> rows = new ArrayList<>();
        AuditChainHead head = new AuditChainHead(0, Optional.empty());
        int reads;
        int largestBatch;
        int appendOnFirstRead;

        void append(int count) {
            for (int i = 0; i < count; i++) {
                AuditRecord record = record(head.nextId());
                String previous = head.previousHashOfNext();
                String hash = AuditChain.hash(record, previous);
                rows.add(StoredAuditRow.of(record, previous, hash));
                head = head.after(record, hash);
            }
        }

        @Override
        public AuditChainHead head() {
            return head;
        }

        @Override
        public List<StoredAuditRow> rows(long afterId, long throughId, int limit) {
            if (reads++ == 0) {
                append(appendOnFirstRead);
            }
            List<StoredAuditRow> batch = rows.stream().filter(r -> r.id() > afterId && r.id() <= throughId)
                    .limit(limit).toList();
            largestBatch = Math.max(largestBatch, batch.size());
            return batch;
        }

        @Override
        public Optional<Long> firstRowAfterHead() {
            return rows.stream().map(StoredAuditRow::id).filter(id -> id > head.lastId()).findFirst();
        }
    }
}
