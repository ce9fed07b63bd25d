package io.aegis.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.audit.port.out.RecordedCheckpoint;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.SealOutcome;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.port.JobLeases;
import io.aegis.application.testing.InMemoryAuditChain;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditCheckpoint;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.AuditSeal;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");

    private static final AuditKey KEY = AuditKey.of(new byte[32]);

    private final InMemoryAuditChain trail = new InMemoryAuditChain(KEY);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void both_require_audit_read_and_record_a_refusal() {
        var everythingElse = Actors.withPermissions(Permission.ASSET_WRITE, Permission.USER_ADMIN);

        assertThatThrownBy(() -> new ListAuditLogsService(run, (query, scope) -> Page.of(List.of(), 0, query.page()))
                .list(everythingElse, ListAuditLogsQuery.all()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("audit:read");
        assertThatThrownBy(() -> verifier(100).verify(everythingElse))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("audit:read");

        assertThat(trail.batchReads).isZero();
        assertThat(audit.entries()).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                tuple("audit_log.list", AuditEntry.Outcome.DENIED), tuple("audit_log.verify", AuditEntry.Outcome.DENIED));
    }

    @Test
    void listing_passes_the_query_and_the_readers_scope_of_audit_read_to_the_read_model() {
        AuditLogView row = AuditLogView.of(record(1), new AuditSeal(AuditChain.V3, KEY.id(), "m", 1L,
                AuditChain.GENESIS, "a".repeat(64)));
        List<ListAuditLogsQuery> asked = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        ListAuditLogsService service = new ListAuditLogsService(run, (query, scope) -> {
            asked.add(query);
            scopes.add(scope);
            return Page.of(List.of(row), 1, query.page());
        });
        OrgUnitTree tree = OrgUnitTree.of(Map.of(InMemoryOrgUnits.ROOT, Optional.empty(),
                new OrgUnitId(2), Optional.of(InMemoryOrgUnits.ROOT), new OrgUnitId(3), Optional.of(new OrgUnitId(2)),
                new OrgUnitId(4), Optional.of(InMemoryOrgUnits.ROOT)));

        Page<AuditLogView> page = service.list(Actors.withPermissions(Permission.AUDIT_READ), ListAuditLogsQuery.all());
        service.list(Actors.inUnit(tree, new OrgUnitId(2), Permission.AUDIT_READ, Permission.ASSET_WRITE),
                ListAuditLogsQuery.all());

        assertThat(page.items()).containsExactly(row);
        assertThat(asked).containsExactly(ListAuditLogsQuery.all(), ListAuditLogsQuery.all());
        assertThat(scopes.get(0).unlimited()).isTrue();
        assertThat(scopes.get(1).unlimited()).isFalse();
        assertThat(scopes.get(1).units()).containsExactlyInAnyOrder(new OrgUnitId(2), new OrgUnitId(3));
        assertThat(audit.entries()).as("a read is not audited").isEmpty();
    }

    @Test
    void an_auditor_of_some_units_may_list_but_not_verify_the_organisation_wide_chain() {
        OrgUnitTree tree = OrgUnitTree.of(Map.of(InMemoryOrgUnits.ROOT, Optional.empty(),
                new OrgUnitId(2), Optional.of(InMemoryOrgUnits.ROOT)));
        var unitAuditor = Actors.inUnit(tree, new OrgUnitId(2), Permission.AUDIT_READ);

        assertThatThrownBy(() -> verifier(100).verify(unitAuditor)).isInstanceOf(ForbiddenException.class);
        assertThat(trail.batchReads).isZero();
        assertThat(audit.entries()).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(tuple("audit_log.verify", AuditEntry.Outcome.DENIED));
    }

    @Test
    void verification_reads_the_sealed_and_the_waiting_rows_in_bounded_batches() {
        trail.write(10);
        sealer(4).seal();
        trail.write(5);
        trail.batchReads = 0;

        ChainVerificationView result = verifier(3).verify(Actors.everything());

        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(10);
        assertThat(result.pendingRows()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(10);
        assertThat(result.lastHash()).isEqualTo(trail.currentState().head().lastHash().orElseThrow());
        assertThat(trail.largestBatch).isLessThanOrEqualTo(4);
        assertThat(trail.batchReads).isEqualTo(4 + 2);
    }

    @Test
    void a_verifier_reads_at_least_one_row_a_batch() {
        assertThatThrownBy(() -> verifier(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize");
    }

    @Test
    void the_sealer_chains_waiting_rows_in_id_order_in_batches_and_again_does_nothing() {
        trail.write(7);

        SealOutcome first = sealer(3).seal();
        SealOutcome again = sealer(3).seal();

        assertThat(first).isEqualTo(SealOutcome.sealed(7));
        assertThat(again).isEqualTo(SealOutcome.sealed(0));
        assertThat(trail.rows.values()).extracting(row -> row.seal().chainSeq())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(verifier(100).verify(Actors.everything()).ok()).isTrue();
    }

    @Test
    void the_sealer_never_vouches_for_a_row_aegis_did_not_write_and_marks_the_chain_broken() {
        trail.write(2);
        trail.rows.put(3L, StoredAuditRow.of(3, InMemoryAuditChain.content(3, "forged"),
                new AuditSeal(null, null, null, null, null, null)));
        trail.write(1);

        SealOutcome outcome = sealer(100).seal();

        assertThat(outcome.sealed()).isZero();
        assertThat(outcome.brokenReason()).get().asString().contains("row 3");
        assertThat(trail.currentState().brokenReason()).isEqualTo(outcome.brokenReason());
        assertThat(trail.rows.values()).noneMatch(row -> row.seal().chained());
        assertThat(sealer(100).seal().brokenReason()).isEqualTo(outcome.brokenReason());
        ChainVerificationView result = verifier(100).verify(Actors.everything());
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("foreign_row");
    }

    @Test
    void a_head_pointing_at_a_changed_row_breaks_the_chain_before_anything_more_is_sealed() {
        trail.write(3);
        sealer(100).seal();
        StoredAuditRow last = trail.rows.get(3L);
        trail.rows.put(3L, StoredAuditRow.of(3, InMemoryAuditChain.content(3, "edited"), last.seal()));
        trail.write(1);

        SealOutcome outcome = sealer(100).seal();

        assertThat(outcome.brokenReason()).get().asString().contains("does not match row 3");
        assertThat(trail.rows.get(4L).seal().chained()).isFalse();
    }

    @Test
    void a_checkpoint_is_written_when_the_chain_moved_and_catches_a_truncation_later() {
        CheckpointAuditTrailService checkpoints = new CheckpointAuditTrailService(trail, trail, trail, KEY,
                new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        // the empty chain is witnessed once, so that this file is known before it has rows to vouch for
        assertThat(checkpoints.checkpoint()).get().extracting(AuditCheckpoint::chainSeq).isEqualTo(0L);
        assertThat(checkpoints.checkpoint()).isEmpty();
        trail.write(6);
        sealer(100).seal();

        assertThat(checkpoints.checkpoint()).get().extracting(AuditCheckpoint::chainSeq).isEqualTo(6L);
        assertThat(checkpoints.checkpoint()).isEmpty();
        assertThat(trail.checkpointLines).hasSize(2);
        assertThat(trail.recordedCheckpoints.values()).extracting(RecordedCheckpoint::number).containsExactly(2L);

        // truncate: remove the last two rows and point the head back, as someone with database access could
        String hashAt4 = trail.rows.get(4L).seal().rowHash();
        trail.rows.remove(6L);
        trail.rows.remove(5L);
        trail.moveHead(new AuditChainHead(4, Optional.of(hashAt4)));

        ChainVerificationView result = verifier(100).verify(Actors.everything());
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint_mismatch");
        assertThat(result.detail()).contains("checkpoint 2", "place 6");
    }

    @Test
    void a_removed_last_checkpoint_line_is_reported_and_breaks_the_chain_at_the_next_checkpoint() {
        CheckpointAuditTrailService checkpoints = checkpoints();
        trail.write(1);
        sealer(100).seal();
        checkpoints.checkpoint();
        trail.write(1);
        sealer(100).seal();
        checkpoints.checkpoint();
        trail.checkpointLines.remove(1);

        ChainVerificationView result = verifier(100).verify(Actors.everything());

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint_mismatch");
        assertThat(result.detail()).contains("checkpoints were removed");
        assertThat(checkpoints.checkpoint()).isEmpty();
        assertThat(trail.currentState().brokenReason()).get().asString().contains("checkpoints were removed");
    }

    @Test
    void an_emptied_checkpoint_file_fails_verification_while_the_database_knows_checkpoint_files() {
        trail.write(1);
        sealer(100).seal();
        checkpoints().checkpoint();
        trail.checkpointLines.clear();

        ChainVerificationView result = verifier(100).verify(Actors.everything());

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint_mismatch");
        assertThat(result.detail()).contains("the checkpoint file is empty", "1 file");
    }

    @Test
    void nodes_witness_the_chain_into_files_of_their_own_each_verifiable_alone() {
        InMemoryAuditChain otherFile = new InMemoryAuditChain(KEY);
        CheckpointAuditTrailService mine = checkpoints();
        CheckpointAuditTrailService theirs = new CheckpointAuditTrailService(trail, trail, otherFile, KEY,
                new DirectTransactions(), Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC));
        trail.write(2);
        sealer(100).seal();
        mine.checkpoint();
        trail.write(3);
        sealer(100).seal();
        theirs.checkpoint();
        mine.checkpoint();

        assertThat(trail.checkpointLines).hasSize(2);
        assertThat(otherFile.checkpointLines).hasSize(1);
        assertThat(trail.recordedCheckpoints).hasSize(2);
        assertThat(verifier(100).verify(Actors.everything()).ok()).isTrue();
        ChainVerificationView withTheirFile = new VerifyAuditChainService(run, trail, otherFile, KEY, 100)
                .verify(Actors.everything());
        assertThat(withTheirFile.ok()).as(String.valueOf(withTheirFile)).isTrue();
        assertThat(withTheirFile.checkpointNumber()).isEqualTo(1L);
        assertThat(withTheirFile.checkpointSeq()).isEqualTo(5L);
    }

    @Test
    void a_missing_chain_state_is_reported_by_the_verifier_and_the_sealer() {
        trail.state = Optional.empty();

        assertThat(verifier(100).verify(Actors.everything()).ok()).isFalse();
        assertThat(sealer(100).seal().brokenReason()).get().asString().contains("missing");
    }

    @Test
    void the_job_seals_only_while_it_holds_the_lease_and_checkpoints_at_its_interval() {
        trail.write(2);
        List<String> claims = new ArrayList<>();
        boolean[] held = {false};
        JobLeases leases = (job, holder, ttl, now) -> {
            claims.add(job + " by " + holder + " for " + ttl);
            return held[0];
        };
        CheckpointAuditTrailService checkpoints = new CheckpointAuditTrailService(trail, trail, trail, KEY,
                new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        AuditSealingJob job = new AuditSealingJob(sealer(100), checkpoints, leases, "node-a", Duration.ofSeconds(2),
                Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(job.tick()).isEmpty();
        assertThat(trail.checkpointLines).as("another node seals; this one witnesses the empty chain").hasSize(1);
        held[0] = true;
        assertThat(job.tick()).contains(SealOutcome.sealed(2));
        trail.write(1);
        assertThat(job.tick()).contains(SealOutcome.sealed(1));
        assertThat(trail.checkpointLines).hasSize(2);
        assertThat(job.finish()).contains(SealOutcome.sealed(0));
        assertThat(trail.checkpointLines).hasSize(3);
        // five ticks of two seconds
        assertThat(claims).allMatch(claim -> claim.equals("audit.seal by node-a for PT10S"));
    }

    @Test
    void the_first_rows_sealed_on_an_empty_trail_are_checkpointed_at_the_next_tick_not_after_the_interval() {
        JobLeases always = (job, holder, ttl, now) -> true;
        AuditSealingJob job = new AuditSealingJob(sealer(100), checkpoints(), always, "node-a", Duration.ofSeconds(1),
                Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(job.tick()).contains(SealOutcome.sealed(0));
        assertThat(trail.checkpointLines).as("the empty chain, witnessed once").hasSize(1);
        job.tick();
        assertThat(trail.checkpointLines).hasSize(1);

        trail.write(1);
        job.tick();

        assertThat(trail.checkpointLines).hasSize(2);
        trail.write(1);
        job.tick();
        assertThat(trail.checkpointLines).as("then at the interval").hasSize(2);
    }

    @Test
    void the_chain_check_reports_a_broken_chain_or_a_missing_state_row_as_not_intact() {
        CheckAuditChainService check = new CheckAuditChainService(trail);
        assertThat(check.intact()).isTrue();

        trail.markBroken("row 3 was edited");
        assertThat(check.intact()).isFalse();

        trail.state = Optional.empty();
        assertThat(check.intact()).isFalse();
    }

    private CheckpointAuditTrailService checkpoints() {
        return new CheckpointAuditTrailService(trail, trail, trail, KEY, new DirectTransactions(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private SealAuditTrailService sealer(int batchSize) {
        return new SealAuditTrailService(trail, trail, KEY, new DirectTransactions(), batchSize);
    }

    private VerifyAuditChainService verifier(int batchSize) {
        return new VerifyAuditChainService(run, trail, trail, KEY, batchSize);
    }

    private static AuditRecord record(long id) {
        return new AuditRecord(id, InMemoryAuditChain.content(id, "req-" + id));
    }
}
