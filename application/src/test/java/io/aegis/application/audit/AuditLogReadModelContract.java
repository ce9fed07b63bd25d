package io.aegis.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the audit log's list relies on, whichever store answers: exact filters, time windows from inclusive to
 * exclusive, newest first unless sorted otherwise, ties broken by the id ascending, and pages that count every match;
 * and the reader's scope, applied before all of them: the rows of its units only, those of no unit only for an
 * unlimited scope. The rows are written through the store's own {@link AuditTrail}.
 */
public abstract class AuditLogReadModelContract {

    private static final Instant T = AuditTrailContract.AT;

    private AuditLogReadModel log;
    private AuditTrail trail;
    private OrgUnitId unitA;
    private OrgUnitId unitB;
    private long user;
    private long other;
    private long created;
    private long updatedByOther;
    private long updated;
    private long userUpdated;
    private long checkpoint;

    /**
     * An empty trail over an intact chain, keyed with {@link AuditTrailContract#KEY}, two stored users, and two stored
     * units below the root.
     */
    protected abstract Stores emptyStores();

    public record Stores(AuditTrail trail, AuditLogReadModel log, long user, long otherUser, OrgUnitId unitA,
                         OrgUnitId unitB) {
    }

    @BeforeEach
    void write() {
        Stores stores = emptyStores();
        log = stores.log();
        user = stores.user();
        other = stores.otherUser();
        unitA = stores.unitA();
        unitB = stores.unitB();
        trail = stores.trail();
        trail.record(entry(user, "asset_category.create", "asset_category", 1L, T));
        // two rows at the same time: a tie that only the id breaks
        trail.record(entry(other, "asset_category.update", "asset_category", 1L, T.plusSeconds(60)));
        trail.record(entry(user, "asset_category.update", "asset_category", 2L, T.plusSeconds(60)));
        trail.record(entry(user, "user.update", "user", 1L, T.plusSeconds(180)));
        trail.record(AuditEntry.success(Actor.system("sealer"), T.plusSeconds(240), "audit.checkpoint", "audit_log",
                1, null, null, null));
        List<Long> written = list(sorted(SortOrder.ascending(AuditLogSortField.ID))).items().stream()
                .map(AuditLogView::id).toList();
        assertThat(written).hasSize(5);
        created = written.get(0);
        updatedByOther = written.get(1);
        updated = written.get(2);
        userUpdated = written.get(3);
        checkpoint = written.get(4);
    }

    @Test
    void lists_every_row_newest_first_with_the_total() {
        Page<AuditLogView> page = list(ListAuditLogsQuery.all());

        assertThat(ids(page)).containsExactly(checkpoint, userUpdated, updated, updatedByOther, created);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items().get(0).action()).isEqualTo("audit.checkpoint");
    }

    @Test
    void each_filter_matches_exactly_and_filters_combine() {
        assertThat(ids(list(query(Optional.of(user), none(), none(), Optional.empty()))))
                .containsExactly(userUpdated, updated, created);
        assertThat(ids(list(query(Optional.empty(), Optional.of("asset_category.update"), none(),
                Optional.empty())))).containsExactly(updated, updatedByOther);
        assertThat(ids(list(query(Optional.empty(), none(), Optional.of("asset_category"), Optional.of(1L)))))
                .containsExactly(updatedByOther, created);
        assertThat(ids(list(query(Optional.empty(), none(), none(), Optional.of(1L)))))
                .containsExactly(checkpoint, userUpdated, updatedByOther, created);
        assertThat(ids(list(query(Optional.of(user), Optional.of("asset_category.update"),
                Optional.of("asset_category"), Optional.of(2L))))).containsExactly(updated);
        assertThat(ids(list(query(Optional.empty(), Optional.of("asset_category"), none(), Optional.empty()))))
                .as("an action matches whole, never as a prefix").isEmpty();
    }

    @Test
    void texts_match_exactly_case_and_spaces_included() {
        for (String action : List.of("ASSET_CATEGORY.UPDATE", "Asset_category.update", "asset_category.update ")) {
            assertThat(list(query(Optional.empty(), Optional.of(action), none(), Optional.empty())).total())
                    .as(action).isZero();
        }
        for (String type : List.of("Asset_Category", "USER", "user ")) {
            assertThat(list(query(Optional.empty(), none(), Optional.of(type), Optional.empty())).total())
                    .as(type).isZero();
        }
    }

    @Test
    void unknown_users_actions_and_resources_match_nothing() {
        long unknownUser = Math.max(user, other) + 1;

        for (ListAuditLogsQuery query : List.of(
                query(Optional.of(unknownUser), none(), none(), Optional.empty()),
                query(Optional.empty(), Optional.of("asset.delete"), none(), Optional.empty()),
                query(Optional.empty(), none(), Optional.of("risk"), Optional.empty()),
                query(Optional.empty(), none(), none(), Optional.of(99L)))) {
            Page<AuditLogView> page = list(query);
            assertThat(page.items()).isEmpty();
            assertThat(page.total()).isZero();
        }
    }

    @Test
    void a_time_window_runs_from_inclusive_to_exclusive() {
        assertThat(ids(list(window(T.plusSeconds(60), T.plusSeconds(180)))))
                .containsExactly(updated, updatedByOther);
        assertThat(ids(list(window(T, T.plusSeconds(60))))).containsExactly(created);
        assertThat(ids(list(window(T.plusSeconds(60).plusMillis(1), T.plusSeconds(180).plusMillis(1)))))
                .containsExactly(userUpdated);
    }

    @Test
    void sorting_by_time_breaks_ties_by_the_id_in_the_same_direction() {
        assertThat(ids(list(sorted(SortOrder.ascending(AuditLogSortField.CREATED_AT)))))
                .containsExactly(created, updatedByOther, updated, userUpdated, checkpoint);
        assertThat(ids(list(sorted(new SortOrder<>(AuditLogSortField.CREATED_AT, true)))))
                .containsExactly(checkpoint, userUpdated, updated, updatedByOther, created);
    }

    @Test
    void pages_count_every_match_and_a_page_past_the_end_is_empty() {
        ListAuditLogsQuery all = ListAuditLogsQuery.all();

        Page<AuditLogView> second = list(paged(all, new PageRequest(2, 2)));
        assertThat(ids(second)).containsExactly(updated, updatedByOther);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(second.offset()).isEqualTo(2);

        Page<AuditLogView> last = list(paged(all, new PageRequest(2, 4)));
        assertThat(ids(last)).containsExactly(created);

        Page<AuditLogView> beyond = list(paged(all, new PageRequest(2, 10)));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void a_listed_row_is_the_row_written() {
        AuditLogView row = list(query(Optional.of(other), none(), none(), Optional.empty())).items().get(0);

        assertThat(row.id()).isEqualTo(updatedByOther);
        assertThat(row.userId()).isEqualTo(other);
        assertThat(row.action()).isEqualTo("asset_category.update");
        assertThat(row.resourceType()).isEqualTo("asset_category");
        assertThat(row.resourceId()).isEqualTo(1L);
        assertThat(row.createdAt()).isEqualTo(T.plusSeconds(60));
        assertThat(row.oldValues()).isEqualTo("{\"name\":\"Servers\"}");
        assertThat(row.newValues()).isEqualTo("{\"name\":\"Hosts\"}");
        assertThat(row.requestId()).isEqualTo("req-" + other);
        assertThat(row.outcome()).isEqualTo("success");
    }

    @Test
    void an_unlimited_scope_shows_every_row_those_of_no_unit_included() {
        List<Long> inUnits = writeInUnits();

        Page<AuditLogView> page = list(ListAuditLogsQuery.all());

        assertThat(page.total()).isEqualTo(9);
        assertThat(ids(page)).containsAll(inUnits).contains(created, userUpdated, checkpoint);
    }

    @Test
    void a_scope_of_units_shows_their_rows_only_and_never_a_row_of_no_unit() {
        List<Long> inUnits = writeInUnits();
        long createdInA = inUnits.get(0);
        long createdInB = inUnits.get(1);
        long updatedInA = inUnits.get(2);
        long ofRoot = inUnits.get(3);

        Page<AuditLogView> ofA = log.list(ListAuditLogsQuery.all(), only(unitA));
        assertThat(ids(ofA)).containsExactly(updatedInA, createdInA);
        assertThat(ofA.total()).isEqualTo(2);
        assertThat(ids(log.list(ListAuditLogsQuery.all(), only(unitA, unitB))))
                .containsExactly(updatedInA, createdInB, createdInA);
        assertThat(ids(log.list(ListAuditLogsQuery.all(), only(OrgUnitId.ROOT))))
                .as("the root's own rows; rows of no unit are not the root's").containsExactly(ofRoot);
        Page<AuditLogView> nowhere = log.list(ListAuditLogsQuery.all(), Scope.nowhere());
        assertThat(nowhere.items()).isEmpty();
        assertThat(nowhere.total()).isZero();
    }

    @Test
    void filters_counts_and_pages_keep_to_the_scope() {
        List<Long> inUnits = writeInUnits();
        long createdInA = inUnits.get(0);
        long updatedInA = inUnits.get(2);

        assertThat(ids(log.list(query(Optional.of(other), none(), none(), Optional.empty()), only(unitA))))
                .as("the other user's rows of no unit stay hidden").containsExactly(updatedInA);
        assertThat(log.list(query(Optional.empty(), Optional.of("asset_category.update"), none(), Optional.empty()),
                only(unitA)).total()).isZero();
        Page<AuditLogView> second = log.list(paged(ListAuditLogsQuery.all(), new PageRequest(1, 1)),
                only(unitA, unitB));
        assertThat(ids(second)).containsExactly(inUnits.get(1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(ids(log.list(paged(ListAuditLogsQuery.all(), new PageRequest(2, 2)), only(unitA, unitB))))
                .containsExactly(createdInA);
    }

    @Test
    void the_unit_filter_matches_the_units_own_rows_within_the_scope() {
        List<Long> inUnits = writeInUnits();

        assertThat(ids(list(ofUnit(unitA)))).containsExactly(inUnits.get(2), inUnits.get(0));
        assertThat(ids(list(ofUnit(OrgUnitId.ROOT)))).as("not the rows of the units below it")
                .containsExactly(inUnits.get(3));
        assertThat(ids(log.list(ofUnit(unitB), only(unitA)))).as("a unit out of scope: no rows").isEmpty();
        assertThat(log.list(ofUnit(unitB), only(unitA)).total()).isZero();
    }

    @Test
    void a_listed_row_shows_its_unit_and_a_row_of_no_unit_none() {
        long createdInB = writeInUnits().get(1);

        AuditLogView row = log.list(ofUnit(unitB), only(unitB)).items().get(0);

        assertThat(row.id()).isEqualTo(createdInB);
        assertThat(row.orgUnitId()).isEqualTo(unitB.value());
        assertThat(list(query(Optional.of(other), none(), none(), Optional.empty())).items())
                .filteredOn(view -> view.id() == updatedByOther).singleElement()
                .extracting(AuditLogView::orgUnitId).isNull();
    }

    private static AuditEntry entry(long user, String action, String type, long resource, Instant at) {
        return entry(user, action, type, resource, null, at);
    }

    private static AuditEntry entry(long user, String action, String type, long resource, OrgUnitId unit,
                                    Instant at) {
        Actor actor = new Actor(Optional.of(user), "user " + user, Set.of(),
                new RequestOrigin("req-" + user, "192.0.2.1", "junit", "sess-1"));
        return AuditEntry.success(actor, at, action, type, resource, unit, Map.of("name", "Servers"),
                Map.of("name", "Hosts"));
    }

    /** Rows about resources of units, after the five of no unit: two of unit A, one of B, one of the root. */
    private List<Long> writeInUnits() {
        trail.record(entry(user, "asset.create", "asset", 1L, unitA, T.plusSeconds(300)));
        trail.record(entry(user, "asset.create", "asset", 2L, unitB, T.plusSeconds(300)));
        trail.record(entry(other, "asset.update", "asset", 1L, unitA, T.plusSeconds(360)));
        trail.record(entry(user, "risk.create", "risk", 1L, OrgUnitId.ROOT, T.plusSeconds(420)));
        List<Long> ids = ids(list(sorted(SortOrder.ascending(AuditLogSortField.ID))));
        return ids.subList(5, ids.size());
    }

    private static ListAuditLogsQuery query(Optional<Long> user, Optional<String> action, Optional<String> type,
                                            Optional<Long> resource) {
        return new ListAuditLogsQuery(user, action.map(List::of).orElse(List.of()), Set.of(), type, resource,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), PageRequest.first());
    }

    private static ListAuditLogsQuery ofUnit(OrgUnitId unit) {
        return new ListAuditLogsQuery(Optional.empty(), List.of(), Set.of(), none(), Optional.empty(),
                Optional.of(unit), Optional.empty(), Optional.empty(), List.of(), PageRequest.first());
    }

    private static ListAuditLogsQuery window(Instant from, Instant to) {
        return new ListAuditLogsQuery(Optional.empty(), List.of(), Set.of(), none(), Optional.empty(),
                Optional.empty(), Optional.of(from), Optional.of(to), List.of(), PageRequest.first());
    }

    private static ListAuditLogsQuery sorted(SortOrder<AuditLogSortField> order) {
        return new ListAuditLogsQuery(Optional.empty(), List.of(), Set.of(), none(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(order), PageRequest.first());
    }

    private static ListAuditLogsQuery paged(ListAuditLogsQuery query, PageRequest page) {
        return new ListAuditLogsQuery(query.userId(), query.actions(), query.outcomes(), query.resourceType(),
                query.resourceId(),
                query.orgUnitId(), query.from(), query.to(), query.sort(), page);
    }

    /** The rows an organisation-wide auditor sees. */
    private Page<AuditLogView> list(ListAuditLogsQuery query) {
        return log.list(query, Scope.everywhere());
    }

    /** A scope of exactly {@code units}, none below or above them. */
    private static Scope only(OrgUnitId... units) {
        return new Scope(false, Set.of(units), Set.of());
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static List<Long> ids(Page<AuditLogView> page) {
        return page.items().stream().map(AuditLogView::id).toList();
    }
}
