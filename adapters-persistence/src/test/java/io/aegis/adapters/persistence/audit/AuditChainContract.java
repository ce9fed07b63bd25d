package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHECKPOINT_FILES;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.JOB_LEASES;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.adapters.persistence.JooqJobLeases;
import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.audit.AuditSealingJob;
import io.aegis.application.audit.CheckpointAuditTrailService;
import io.aegis.application.audit.SealAuditTrailService;
import io.aegis.application.audit.VerifyAuditChainService;
import io.aegis.application.testing.MovableClock;
import io.aegis.application.audit.port.in.SealOutcome;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.AuditCheckpoint;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sealed chain on a real database: what {@link JooqAuditTrail} writes and the sealer chains,
 * {@link JooqAuditChainReader} reads back intact, and any change made behind Aegis's back (an UPDATE, INSERT or
 * DELETE in SQL, a truncation hidden by a rewritten head, a removed checkpoint) is named; leases hold; and the
 * read model shows the seal. What every use case relies on when writing and listing is the ports' own contracts
 * ({@code AuditTrailContract}, {@code AuditLogReadModelContract}).
 */
abstract class AuditChainContract {

    static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");
    static final AuditKey KEY = AuditKey.of("audit-chain-contract-key-32bytes".getBytes(StandardCharsets.UTF_8));

    /** The test class's migrated database, emptied before each test. */
    abstract MigratedDatabaseExtension db();

    @TempDir
    Path folder;

    long userId;
    long otherUserId;
    /** The unit the rows written here are about; not the root. */
    OrgUnitId unit;

    @BeforeEach
    void emptyTrail() {
        db().clear(AUDIT_LOGS, USERS, AUDIT_CHECKPOINT_FILES);
        dsl().update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, 0L).setNull(AUDIT_CHAIN_HEAD.LAST_HASH)
                .setNull(AUDIT_CHAIN_HEAD.BROKEN_REASON).set(AUDIT_CHAIN_HEAD.LEGACY_THROUGH_ID, 0L)
                .execute();
        checkpointFile().toFile().delete();
        userId = user("ann");
        otherUserId = user("bob");
        unit = unit("Sales " + UUID.randomUUID());
    }

    @Test
    void written_rows_wait_unsealed_then_the_sealer_links_them_from_genesis_to_the_head() {
        write(5);
        assertThat(dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.CHAIN_SEQ.isNull())).isEqualTo(5);
        assertThat(verify().pendingRows()).isEqualTo(5);

        assertThat(seal()).isEqualTo(SealOutcome.sealed(5));

        List<AuditLogsRecord> rows = dsl().selectFrom(AUDIT_LOGS).orderBy(AUDIT_LOGS.CHAIN_SEQ).fetch();
        assertThat(rows).extracting(AuditLogsRecord::getChainSeq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rows.get(0).getPreviousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).getPreviousHash()).isEqualTo(rows.get(i - 1).getRowHash());
        }
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getRowHash()).matches("[0-9a-f]{64}");
            assertThat(row.getEntryId()).matches("[0-9a-f]{32}");
            assertThat(row.getKeyId()).isEqualTo(KEY.id());
        });
        var head = dsl().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle();
        assertThat(head.getLastSeq()).isEqualTo(5);
        assertThat(head.getLastHash()).isEqualTo(rows.get(4).getRowHash());

        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(result.pendingRows()).isZero();
        assertThat(result.lastHash()).isEqualTo(head.getLastHash());
    }

    @Test
    void a_bulk_write_is_sealed_in_order_across_several_inserts_and_batches() {
        write(2);
        List<AuditEntry> bulk = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            bulk.add(entry(userId, "asset.import", "asset", i + 1, NOW));
        }

        new JooqTransactions(dsl()).inTransaction(() -> {
            trail().recordAll(bulk);
            return null;
        });
        write(1);

        assertThat(seal().sealed()).isEqualTo(1206);
        List<AuditLogsRecord> rows = dsl().selectFrom(AUDIT_LOGS).orderBy(AUDIT_LOGS.CHAIN_SEQ).fetch();
        assertThat(rows).hasSize(1206);
        assertThat(rows.get(2).getResourceId()).isEqualTo(1);
        assertThat(rows.get(1204).getResourceId()).isEqualTo(1203);
        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(1206);
    }

    @Test
    void the_reader_pages_sealed_rows_by_place_and_waiting_rows_by_id() {
        write(7);
        seal();
        write(3);
        JooqAuditChainReader reader = new JooqAuditChainReader(dsl());

        assertThat(reader.sealed(0, 7, 3)).extracting(row -> row.seal().chainSeq()).containsExactly(1L, 2L, 3L);
        assertThat(reader.sealed(3, 5, 3)).extracting(row -> row.seal().chainSeq()).containsExactly(4L, 5L);
        assertThat(reader.pending(0, 2)).hasSize(2).allSatisfy(row -> assertThat(row.seal().chained()).isFalse());
        assertThat(reader.atPlace(7)).isPresent();
        assertThat(reader.firstPlaceAfter(7)).isEmpty();
        assertThat(reader.legacyRows(0)).isZero();
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("user_id", "other user", "content_changed"),
                Arguments.of("user_id", null, "content_changed"),
                Arguments.of("action", "asset_category.delete", "content_changed"),
                Arguments.of("resource_type", "risk", "content_changed"),
                Arguments.of("resource_id", 99, "content_changed"),
                Arguments.of("org_unit_id", 1, "content_changed"),
                Arguments.of("org_unit_id", null, "content_changed"),
                Arguments.of("old_values", "{\"name\":\"forged\"}", "content_changed"),
                Arguments.of("new_values", null, "content_changed"),
                Arguments.of("ip_address", "198.51.100.9", "content_changed"),
                Arguments.of("user_agent", "curl/8 ", "content_changed"),
                Arguments.of("session_id", "another", "content_changed"),
                Arguments.of("request_id", "req-forged", "content_changed"),
                Arguments.of("client_request_id", "mine", "content_changed"),
                Arguments.of("outcome", "failure", "content_changed"),
                Arguments.of("error_message", "", "content_changed"),
                Arguments.of("created_at", "2026-11-27 08:15:00.124", "content_changed"),
                Arguments.of("entry_id", "f".repeat(32), "content_changed"),
                Arguments.of("entry_mac", "f".repeat(64), "content_changed"),
                Arguments.of("previous_hash", "f".repeat(64), "content_changed"),
                Arguments.of("row_hash", "e".repeat(64), "content_changed"),
                Arguments.of("row_hash", null, "content_changed"),
                Arguments.of("key_id", "0123456789abcdef", "foreign_row"),
                Arguments.of("seal_version", "aegis-audit-v1", "foreign_row"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("edits")
    void editing_any_column_in_sql_names_the_row(String column, Object value, String reason) {
        write(5);
        seal();

        Object stored = "other user".equals(value) ? otherUserId : value;
        int changed = dsl().update(AUDIT_LOGS).set(DSL.field(DSL.name(column)), stored)
                .where(AUDIT_LOGS.CHAIN_SEQ.eq(3L)).execute();

        assertThat(changed).isOne();
        assertBroken(verify(), rowAt(3), reason);
    }

    @Test
    void a_row_of_no_unit_is_sealed_as_such_and_moving_it_into_a_unit_names_it() {
        write(2);
        new JooqTransactions(dsl()).inTransaction(() -> {
            trail().record(new AuditEntry(Actor.system("test"), NOW, "user.update", "user", userId, null, null,
                    null, AuditEntry.Outcome.SUCCESS, null));
            return null;
        });
        write(1);
        seal();
        assertThat(dsl().select(AUDIT_LOGS.ORG_UNIT_ID).from(AUDIT_LOGS).orderBy(AUDIT_LOGS.CHAIN_SEQ)
                .fetch(AUDIT_LOGS.ORG_UNIT_ID)).containsExactly((int) unit.value(), (int) unit.value(), null,
                (int) unit.value());
        assertThat(verify().ok()).isTrue();

        dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.ORG_UNIT_ID, (int) unit.value()).where(AUDIT_LOGS.CHAIN_SEQ.eq(3L))
                .execute();

        assertBroken(verify(), rowAt(3), "content_changed");
    }

    @Test
    void editing_a_row_that_waits_for_the_sealer_names_it_and_the_sealer_refuses_it() {
        write(3);
        long waiting = dsl().select(DSL.max(AUDIT_LOGS.ID)).from(AUDIT_LOGS).fetchOne(0, Long.class);

        dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.ACTION, "user.delete").where(AUDIT_LOGS.ID.eq((int) waiting))
                .execute();

        assertBroken(verify(), waiting, "content_changed");
        assertThat(seal().brokenReason()).get().asString().contains("row " + waiting);
        assertThat(dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.CHAIN_SEQ.isNotNull())).isZero();
    }

    @Test
    void deleting_a_row_anywhere_names_its_place() {
        write(5);
        seal();
        deleteAt(3);
        assertBrokenAt(verify(), 3, "missing_row");

        emptyTrail();
        write(5);
        seal();
        deleteAt(1);
        assertBrokenAt(verify(), 1, "missing_row");

        emptyTrail();
        write(5);
        seal();
        deleteAt(5);
        assertBrokenAt(verify(), 5, "missing_row");
    }

    @Test
    void a_row_inserted_around_the_trail_breaks_the_chain_and_stops_every_write() {
        write(3);
        seal();

        long forged = dsl().insertInto(AUDIT_LOGS).set(AUDIT_LOGS.ACTION, "asset_category.create")
                .set(AUDIT_LOGS.CREATED_AT, NOW).returningResult(AUDIT_LOGS.ID).fetchOne(AUDIT_LOGS.ID);

        assertBroken(verify(), forged, "foreign_row");
        assertThat(seal().brokenReason()).get().asString().contains("row " + forged);
        assertThatThrownBy(() -> write(1)).isInstanceOf(AuditChainBrokenException.class);
        assertThat(new JooqAuditChainReader(dsl()).state().orElseThrow().brokenReason()).isPresent();
    }

    @Test
    void a_copy_of_a_genuine_row_cannot_be_stored_as_a_second_entry() {
        write(2);
        AuditLogsRecord original = dsl().selectFrom(AUDIT_LOGS).where(AUDIT_LOGS.ID.eq(rowIdOfFirst())).fetchSingle();
        AuditLogsRecord copy = original.copy();

        assertThatThrownBy(() -> dsl().insertInto(AUDIT_LOGS).set(copy).execute())
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void without_its_chain_state_the_trail_refuses_writes_and_fails_verification() {
        write(2);
        seal();

        dsl().deleteFrom(AUDIT_CHAIN_HEAD).execute();

        try {
            assertThatThrownBy(() -> write(1)).isInstanceOf(AuditChainBrokenException.class);
            assertThat(verify().ok()).isFalse();
            assertThat(seal().brokenReason()).get().asString().contains("missing");
        } finally {
            dsl().insertInto(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.ID, 1).execute();
        }
    }

    @Test
    void truncating_the_tail_and_pointing_the_head_back_contradicts_the_checkpoint() {
        write(6);
        seal();
        assertThat(checkpoints().checkpoint()).get().extracting(AuditCheckpoint::chainSeq).isEqualTo(6L);
        String hashAt4 = dsl().select(AUDIT_LOGS.ROW_HASH).from(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.eq(4L))
                .fetchOne(AUDIT_LOGS.ROW_HASH);

        dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.gt(4L)).execute();
        dsl().update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, 4L).set(AUDIT_CHAIN_HEAD.LAST_HASH, hashAt4)
                .execute();

        ChainVerificationView result = verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint_mismatch");
        assertThat(result.brokenSeq()).isEqualTo(5);
    }

    @Test
    void a_deleted_checkpoint_file_is_reported() throws Exception {
        write(2);
        seal();
        checkpoints().checkpoint();

        Files.delete(checkpointFile());

        ChainVerificationView result = verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint_mismatch");
        assertThat(result.detail()).contains("checkpoints were removed");
    }

    @Test
    void a_rolled_back_write_leaves_no_trace_and_the_chain_goes_on() {
        write(2);
        JooqTransactions transactions = new JooqTransactions(dsl());

        try {
            transactions.inTransaction(() -> {
                trail().record(entry(userId, "asset_category.create"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        write(2);
        seal();

        assertThat(dsl().fetchCount(AUDIT_LOGS)).isEqualTo(4);
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void writers_and_sealers_working_at_once_build_one_unbroken_chain() throws Exception {
        JooqTransactions transactions = new JooqTransactions(dsl());
        JooqAuditTrail trail = trail();
        int writers = 2;
        int writesEach = 50;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Void> writer = () -> {
            start.await();
            for (int i = 0; i < writesEach; i++) {
                transactions.inTransaction(() -> {
                    trail.record(entry(userId, "asset_category.update"));
                    return null;
                });
            }
            return null;
        };
        Callable<Void> sealer = () -> {
            start.await();
            for (int i = 0; i < 20; i++) {
                seal();
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(writer));
            }
            done.add(pool.submit(sealer));
            done.add(pool.submit(sealer));
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        seal();

        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(writers * writesEach);
        assertThat(result.lastSeq()).isEqualTo(writers * writesEach);
    }

    @Test
    void of_two_nodes_only_the_lease_holder_seals_and_when_it_dies_the_other_takes_over_while_both_witness()
            throws Exception {
        dsl().update(JOB_LEASES).setNull(JOB_LEASES.HOLDER).set(JOB_LEASES.EXPIRES_AT, Instant.EPOCH).execute();
        MovableClock clock = new MovableClock(NOW);
        Path fileA = folder.resolve("node-a/checkpoints.log");
        Path fileB = folder.resolve("node-b/checkpoints.log");
        Files.createDirectories(fileA.getParent());
        Files.createDirectories(fileB.getParent());
        AuditSealingJob a = job("node-a", fileA, clock);
        AuditSealingJob b = job("node-b", fileB, clock);
        write(3);

        List<Optional<SealOutcome>> together = tickTogether(a, b);
        assertThat(together).filteredOn(Optional::isPresent).containsExactly(Optional.of(SealOutcome.sealed(3)));
        AuditSealingJob holder = together.get(0).isPresent() ? a : b;
        AuditSealingJob other = holder == a ? b : a;
        clock.advance(Duration.ofSeconds(1));
        assertThat(other.tick()).as("the other node while the holder lives").isEmpty();
        write(2);
        assertThat(holder.tick()).contains(SealOutcome.sealed(2));

        // the holder dies: it ticks no more, and its lease of 5 s (five ticks of 1 s) runs out
        write(1);
        clock.advance(Duration.ofSeconds(4));
        assertThat(other.tick()).as("before the dead node's lease expired").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(other.tick()).as("after it expired").contains(SealOutcome.sealed(1));
        assertThat(other.finish()).contains(SealOutcome.sealed(0));

        assertThat(Files.readAllLines(fileA)).as("node a's own checkpoints").isNotEmpty();
        assertThat(Files.readAllLines(fileB)).as("node b's own checkpoints").isNotEmpty();
        for (Path file : List.of(fileA, fileB)) {
            ChainVerificationView result = verify(file);
            assertThat(result.ok()).as(file + ": " + result).isTrue();
            assertThat(result.rowsChecked()).isEqualTo(6);
        }
        assertThat(verify(fileB.resolveSibling("other.log")).ok()).as("an emptied file").isFalse();
    }

    @Test
    void nodes_sharing_one_checkpoint_file_append_in_turn_and_it_stays_verifiable() throws Exception {
        int rounds = 10;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Void> node = () -> {
            CheckpointAuditTrailService checkpoints = checkpoints(checkpointFile(), Clock.systemUTC());
            start.await();
            for (int i = 0; i < rounds; i++) {
                write(1);
                seal();
                checkpoints.checkpoint();
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = List.of(pool.submit(node), pool.submit(node));
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.checkpointNumber()).isEqualTo(Files.readAllLines(checkpointFile()).size());
    }

    @Test
    void a_lease_is_held_by_one_holder_until_it_expires() {
        JooqJobLeases leases = new JooqJobLeases(dsl());
        dsl().update(JOB_LEASES).setNull(JOB_LEASES.HOLDER).set(JOB_LEASES.EXPIRES_AT, Instant.EPOCH).execute();
        Duration ttl = Duration.ofSeconds(5);

        assertThat(leases.claim(AuditSealingJob.JOB, "node-a", ttl, NOW)).isTrue();
        assertThat(leases.claim(AuditSealingJob.JOB, "node-b", ttl, NOW.plusSeconds(1))).isFalse();
        assertThat(leases.claim(AuditSealingJob.JOB, "node-a", ttl, NOW.plusSeconds(4))).as("renewed").isTrue();
        assertThat(leases.claim(AuditSealingJob.JOB, "node-b", ttl, NOW.plusSeconds(8))).isFalse();
        assertThat(leases.claim(AuditSealingJob.JOB, "node-b", ttl, NOW.plusSeconds(10))).isTrue();
        assertThat(leases.claim("no.such.job", "node-a", ttl, NOW)).isFalse();
    }

    /** Filters, order and paging are the read model's own contract (AuditLogReadModelContract); here: the seal. */
    @Test
    void the_read_model_shows_each_rows_place_and_link_once_sealed() {
        write(3);
        JooqAuditLogReadModel readModel = new JooqAuditLogReadModel(dsl());
        assertThat(readModel.list(ListAuditLogsQuery.all(), Scope.everywhere()).items()).allSatisfy(row -> {
            assertThat(row.chainSeq()).isNull();
            assertThat(row.sealVersion()).isEqualTo(AuditChain.V3);
            assertThat(row.orgUnitId()).isEqualTo(unit.value());
        });

        seal();

        List<AuditLogView> sealed = readModel.list(ListAuditLogsQuery.all(), Scope.everywhere()).items();
        assertThat(sealed).extracting(AuditLogView::chainSeq).containsExactly(3L, 2L, 1L);
        assertThat(sealed.get(1).previousHash()).isEqualTo(sealed.get(2).rowHash());
        assertThat(sealed.get(2).previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    DSLContext dsl() {
        return db().dsl();
    }

    Path checkpointFile() {
        return folder.resolve("checkpoints.log");
    }

    ChainVerificationView verify() {
        return verify(checkpointFile());
    }

    ChainVerificationView verify(Path checkpoints) {
        JooqTransactions transactions = new JooqTransactions(dsl());
        UseCaseRunner run = new UseCaseRunner(transactions, trail(), Clock.systemUTC());
        return new VerifyAuditChainService(run, new JooqAuditChainReader(dsl()),
                new FileAuditCheckpointLog(checkpoints), KEY).verify(Actor.system("test"));
    }

    SealOutcome seal() {
        return new SealAuditTrailService(new JooqAuditChainReader(dsl()), new JooqAuditSeals(dsl()), KEY,
                new JooqTransactions(dsl())).seal();
    }

    CheckpointAuditTrailService checkpoints() {
        return checkpoints(checkpointFile(), Clock.systemUTC());
    }

    CheckpointAuditTrailService checkpoints(Path file, Clock clock) {
        return new CheckpointAuditTrailService(new JooqAuditChainReader(dsl()), new JooqAuditSeals(dsl()),
                new FileAuditCheckpointLog(file), KEY, new JooqTransactions(dsl()), clock);
    }

    AuditSealingJob job(String node, Path checkpoints, Clock clock) {
        return new AuditSealingJob(new SealAuditTrailService(new JooqAuditChainReader(dsl()), new JooqAuditSeals(dsl()),
                KEY, new JooqTransactions(dsl())), checkpoints(checkpoints, clock), new JooqJobLeases(dsl()), node,
                Duration.ofSeconds(1), Duration.ofMinutes(5), clock);
    }

    /** Ticks both jobs on two threads released at once. */
    static List<Optional<SealOutcome>> tickTogether(AuditSealingJob first, AuditSealingJob second)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<SealOutcome>> tickFirst = () -> {
                go.await();
                return first.tick();
            };
            Callable<Optional<SealOutcome>> tickSecond = () -> {
                go.await();
                return second.tick();
            };
            Future<Optional<SealOutcome>> one = pool.submit(tickFirst);
            Future<Optional<SealOutcome>> two = pool.submit(tickSecond);
            go.countDown();
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }

    JooqAuditTrail trail() {
        return new JooqAuditTrail(dsl(), KEY);
    }

    /** Writes {@code count} rows, each in its own transaction, every column filled. */
    void write(int count) {
        JooqTransactions transactions = new JooqTransactions(dsl());
        for (int i = 0; i < count; i++) {
            transactions.inTransaction(() -> {
                trail().record(entry(userId, "asset_category.update"));
                return null;
            });
        }
    }

    long rowAt(long seq) {
        return dsl().select(AUDIT_LOGS.ID).from(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.eq(seq)).fetchOne(AUDIT_LOGS.ID);
    }

    int rowIdOfFirst() {
        return dsl().select(DSL.min(AUDIT_LOGS.ID)).from(AUDIT_LOGS).fetchOne(0, Integer.class);
    }

    void deleteAt(long seq) {
        dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.eq(seq)).execute();
    }

    AuditEntry entry(long user, String action) {
        return entry(user, action, "asset_category", 7L, NOW);
    }

    /** Every column filled, so that a test can change any of them. */
    AuditEntry entry(long user, String action, String resourceType, long resourceId, Instant at) {
        Actor actor = new Actor(Optional.of(user), "ann", Set.of(),
                new RequestOrigin("req-1", "192.0.2.1", "junit", "sess-1", "client-1"));
        return new AuditEntry(actor, at, action, resourceType, resourceId, unit, Map.of("name", "Servers"),
                Map.of("name", "Hosts"), AuditEntry.Outcome.SUCCESS, "none");
    }

    static void assertBroken(ChainVerificationView result, long rowId, String reason) {
        assertThat(result.ok()).as(String.valueOf(result)).isFalse();
        assertThat(result.brokenRowId()).as(result.detail()).isEqualTo(rowId);
        assertThat(result.reason()).as(result.detail()).isEqualTo(reason);
    }

    static void assertBrokenAt(ChainVerificationView result, long seq, String reason) {
        assertThat(result.ok()).as(String.valueOf(result)).isFalse();
        assertThat(result.brokenSeq()).as(result.detail()).isEqualTo(seq);
        assertThat(result.reason()).as(result.detail()).isEqualTo(reason);
    }

    private OrgUnitId unit(String name) {
        return new OrgUnitId(dsl().insertInto(ORG_UNITS).set(ORG_UNITS.NAME, name).set(ORG_UNITS.NAME_KEY, name)
                .set(ORG_UNITS.PARENT_ID, 1).returningResult(ORG_UNITS.ID).fetchOne(ORG_UNITS.ID));
    }

    private long user(String name) {
        return dsl().insertInto(USERS).set(USERS.EMAIL, name + "@example.com").set(USERS.USERNAME, name)
                .returningResult(USERS.ID).fetchOne(USERS.ID);
    }
}
