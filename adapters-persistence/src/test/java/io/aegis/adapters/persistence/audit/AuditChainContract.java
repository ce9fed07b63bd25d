package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.jooq.tables.records.AuditLogsRecord;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.audit.VerifyAuditChainService;
import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.audit.AuditChain;
import io.aegis.domain.audit.StoredAuditRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hash chain on a real database: what {@link JooqAuditTrail} appends, {@link JooqAuditChainReader} reads
 * back intact, and any change made behind Aegis's back (an UPDATE or DELETE in SQL) is named; and the read
 * model lists the rows with its filters, order and paging done in SQL.
 */
abstract class AuditChainContract {

    static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");

    /** The test class's migrated database, emptied before each test. */
    abstract MigratedDatabaseExtension db();

    long userId;
    long otherUserId;

    @BeforeEach
    void emptyTrail() {
        db().clear(AUDIT_LOGS, USERS);
        dsl().update(AUDIT_CHAIN_HEAD).setNull(AUDIT_CHAIN_HEAD.LAST_ID).setNull(AUDIT_CHAIN_HEAD.LAST_HASH).execute();
        userId = user("ann");
        otherUserId = user("bob");
    }

    @Test
    void appended_rows_link_from_genesis_to_the_head() {
        append(5);

        List<AuditLogsRecord> rows = dsl().selectFrom(AUDIT_LOGS).orderBy(AUDIT_LOGS.ID).fetch();
        assertThat(rows).extracting(AuditLogsRecord::getId).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(0).getPreviousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).getPreviousHash()).isEqualTo(rows.get(i - 1).getRowHash());
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.getRowHash()).matches("[0-9a-f]{64}"));
        var head = dsl().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle();
        assertThat(head.getLastId()).isEqualTo(5);
        assertThat(head.getLastHash()).isEqualTo(rows.get(4).getRowHash());

        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(result.lastHash()).isEqualTo(head.getLastHash());
    }

    @Test
    void a_bulk_append_continues_the_chain_in_order_across_several_inserts() {
        append(2);
        List<AuditEntry> bulk = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            bulk.add(entry(userId, "asset.import", "asset", i + 1, NOW));
        }

        new JooqTransactions(dsl()).inTransaction(() -> {
            trail().recordAll(bulk);
            return null;
        });
        append(1);

        List<AuditLogsRecord> rows = dsl().selectFrom(AUDIT_LOGS).orderBy(AUDIT_LOGS.ID).fetch();
        assertThat(rows).hasSize(1206);
        assertThat(rows.get(2).getResourceId()).isEqualTo(1);
        assertThat(rows.get(1204).getResourceId()).isEqualTo(1203);
        assertThat(dsl().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle().getLastId()).isEqualTo(1206);
        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(1206);
    }

    @Test
    void the_reader_pages_by_id_within_the_bounds_asked_for() {
        append(7);
        JooqAuditChainReader reader = new JooqAuditChainReader(dsl());

        assertThat(reader.rows(0, 7, 3)).extracting(StoredAuditRow::id).containsExactly(1L, 2L, 3L);
        assertThat(reader.rows(3, 5, 3)).extracting(StoredAuditRow::id).containsExactly(4L, 5L);
        assertThat(reader.rows(0, 7, 10)).allSatisfy(row -> assertThat(row.content()).isPresent());
        assertThat(reader.firstRowAfterHead()).isEmpty();
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("user_id", "other user"),
                Arguments.of("user_id", null),
                Arguments.of("action", "asset_category.delete"),
                Arguments.of("resource_type", "risk"),
                Arguments.of("resource_id", 99),
                Arguments.of("old_values", "{\"name\":\"forged\"}"),
                Arguments.of("new_values", null),
                Arguments.of("ip_address", "198.51.100.9"),
                Arguments.of("user_agent", "curl/8 "),
                Arguments.of("session_id", "another"),
                Arguments.of("request_id", "req-forged"),
                Arguments.of("outcome", "failure"),
                Arguments.of("error_message", ""),
                Arguments.of("created_at", "2026-11-27 08:15:00.124"),
                Arguments.of("previous_hash", "f".repeat(64)),
                Arguments.of("row_hash", "e".repeat(64)),
                Arguments.of("row_hash", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("edits")
    void editing_any_column_in_sql_names_the_row(String column, Object value) {
        append(5);

        Object stored = "other user".equals(value) ? otherUserId : value;
        int changed = dsl().update(AUDIT_LOGS).set(DSL.field(DSL.name(column)), stored)
                .where(AUDIT_LOGS.ID.eq(3)).execute();

        assertThat(changed).isOne();
        assertBroken(verify(), 3, "content_changed");
    }

    @Test
    void changing_a_rows_id_leaves_a_missing_row_and_a_row_outside_the_chain() {
        append(5);

        dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.ID, 1000).where(AUDIT_LOGS.ID.eq(3)).execute();

        assertBroken(verify(), 3, "missing_row");
    }

    @Test
    void deleting_a_row_anywhere_names_it() {
        append(5);
        dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.ID.eq(3)).execute();
        assertBroken(verify(), 3, "missing_row");

        emptyTrail();
        append(5);
        dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.ID.eq(5)).execute();
        assertBroken(verify(), 5, "missing_row");

        emptyTrail();
        append(5);
        dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.ID.eq(1)).execute();
        assertBroken(verify(), 1, "missing_row");
    }

    @Test
    void a_row_inserted_around_the_trail_is_not_part_of_the_chain() {
        append(3);

        int forged = dsl().insertInto(AUDIT_LOGS).set(AUDIT_LOGS.ACTION, "asset_category.create")
                .set(AUDIT_LOGS.CREATED_AT, NOW).returningResult(AUDIT_LOGS.ID).fetchOne(AUDIT_LOGS.ID);

        assertBroken(verify(), forged, "link_broken");
    }

    @Test
    void a_rolled_back_append_leaves_no_trace_and_the_chain_goes_on() {
        append(2);
        JooqTransactions transactions = new JooqTransactions(dsl());

        try {
            transactions.inTransaction(() -> {
                trail().record(entry(userId, "asset_category.create"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        append(2);

        assertThat(dsl().fetch(AUDIT_LOGS).getValues(AUDIT_LOGS.ID)).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void two_writers_appending_at_once_build_one_unbroken_chain() throws Exception {
        JooqTransactions transactions = new JooqTransactions(dsl());
        JooqAuditTrail trail = trail();
        int writers = 2;
        int appendsEach = 50;
        Callable<Void> writer = () -> {
            for (int i = 0; i < appendsEach; i++) {
                transactions.inTransaction(() -> {
                    // a read first: on MySQL the transaction's snapshot is now older than later appends, which
                    // the head must still see (FOR UPDATE reads the latest committed head)
                    dsl().fetchCount(AUDIT_LOGS);
                    trail.record(entry(userId, "asset_category.update"));
                    return null;
                });
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(writer));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ChainVerificationView result = verify();
        assertThat(result.ok()).as(String.valueOf(result)).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(writers * appendsEach);
        assertThat(result.lastId()).isEqualTo(writers * appendsEach);
    }

    @Test
    void the_read_model_filters_sorts_and_pages_in_sql() {
        JooqAuditTrail trail = trail();
        trail.record(entry(userId, "asset_category.create", "asset_category", 1L, NOW));
        trail.record(entry(otherUserId, "asset_category.update", "asset_category", 1L, NOW.plusSeconds(60)));
        trail.record(entry(userId, "asset_category.update", "asset_category", 2L, NOW.plusSeconds(120)));
        trail.record(entry(userId, "user.update", "user", 1L, NOW.plusSeconds(180)));
        JooqAuditLogReadModel readModel = new JooqAuditLogReadModel(dsl());

        assertThat(ids(readModel, ListAuditLogsQuery.all())).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(readModel, query(Optional.of(userId), none(), none(), Optional.empty(), null, null)))
                .containsExactly(4L, 3L, 1L);
        assertThat(ids(readModel, query(Optional.empty(), Optional.of("asset_category.update"), none(),
                Optional.empty(), null, null))).containsExactly(3L, 2L);
        assertThat(ids(readModel, query(Optional.empty(), none(), Optional.of("asset_category"), Optional.of(1L),
                null, null))).containsExactly(2L, 1L);
        assertThat(ids(readModel, query(Optional.empty(), none(), none(), Optional.empty(), NOW.plusSeconds(60),
                NOW.plusSeconds(180)))).as("from inclusive, to exclusive").containsExactly(3L, 2L);

        Page<AuditLogView> page = readModel.list(new ListAuditLogsQuery(Optional.empty(), none(), none(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(SortOrder.ascending(AuditLogSortField.CREATED_AT)), new PageRequest(2, 1)));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(AuditLogView::id).containsExactly(2L, 3L);
        AuditLogView second = page.items().get(0);
        assertThat(second.userId()).isEqualTo(otherUserId);
        assertThat(second.createdAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.newValues()).isEqualTo("{\"name\":\"Hosts\"}");
        assertThat(second.previousHash()).isEqualTo(readModel.list(ListAuditLogsQuery.all()).items().get(3).rowHash());
    }

    private static List<Long> ids(JooqAuditLogReadModel readModel, ListAuditLogsQuery query) {
        return readModel.list(query).items().stream().map(AuditLogView::id).toList();
    }

    private static ListAuditLogsQuery query(Optional<Long> user, Optional<String> action, Optional<String> type,
                                            Optional<Long> resource, Instant from, Instant to) {
        return new ListAuditLogsQuery(user, action, type, resource, Optional.ofNullable(from),
                Optional.ofNullable(to), List.of(), PageRequest.first());
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    DSLContext dsl() {
        return db().dsl();
    }

    ChainVerificationView verify() {
        JooqTransactions transactions = new JooqTransactions(dsl());
        AccessGuard guard = new AccessGuard(trail(), transactions, Clock.systemUTC());
        return new VerifyAuditChainService(guard, new JooqAuditChainReader(dsl())).verify(Actor.system("test"));
    }

    JooqAuditTrail trail() {
        return new JooqAuditTrail(dsl());
    }

    /** Appends {@code count} rows, each in its own transaction, every column filled. */
    void append(int count) {
        JooqTransactions transactions = new JooqTransactions(dsl());
        for (int i = 0; i < count; i++) {
            transactions.inTransaction(() -> {
                trail().record(entry(userId, "asset_category.update"));
                return null;
            });
        }
    }

    AuditEntry entry(long user, String action) {
        return entry(user, action, "asset_category", 7L, NOW);
    }

    /** Every column filled, so that a test can change any of them. */
    AuditEntry entry(long user, String action, String resourceType, long resourceId, Instant at) {
        Actor actor = new Actor(Optional.of(user), "ann", Set.of(),
                new RequestOrigin("req-1", "192.0.2.1", "junit", "sess-1"));
        return new AuditEntry(actor, at, action, resourceType, resourceId, Map.of("name", "Servers"),
                Map.of("name", "Hosts"), AuditEntry.Outcome.SUCCESS, "none");
    }

    static void assertBroken(ChainVerificationView result, long rowId, String reason) {
        assertThat(result.ok()).as(String.valueOf(result)).isFalse();
        assertThat(result.brokenRowId()).as(result.detail()).isEqualTo(rowId);
        assertThat(result.reason()).as(result.detail()).isEqualTo(reason);
    }

    private long user(String name) {
        return dsl().insertInto(USERS).set(USERS.EMAIL, name + "@example.com").set(USERS.USERNAME, name)
                .returningResult(USERS.ID).fetchOne(USERS.ID);
    }
}
