package io.aegis.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditChainBrokenException;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditEntry.Outcome;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Page;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.Transactions;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every use case relies on when it writes through the {@link AuditTrail}, whichever store holds it: the entry
 * joins the caller's transaction (committed with the change, gone with its rollback), is stored as given and read
 * back so by the {@link AuditLogReadModel}, waits there for the sealer, and is refused, with nothing stored, while
 * the chain is broken or its state is gone. The chain itself (sealing, verifying, tampering) has its own contract in
 * the persistence adapter's tests.
 */
public abstract class AuditTrailContract {

    public static final AuditKey KEY = AuditKey.of("audit-trail-contract-key-32bytes".getBytes(StandardCharsets.UTF_8));
    static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");

    private AuditTrail trail;
    private AuditLogReadModel log;
    private Transactions transactions;
    private long user;

    /** An empty trail over an intact chain (keyed with {@link #KEY}), read back by the log, with a stored user. */
    protected abstract Stores emptyStores();

    /** Records {@code reason} as the chain's break, as the sealer does when it finds a row changed. */
    protected abstract void breakChain(String reason);

    /** Removes the chain's state, as somebody with database access could. */
    protected abstract void removeChainState();

    /** @param user a stored user an actor may be */
    public record Stores(AuditTrail trail, AuditLogReadModel log, Transactions transactions, long user) {
    }

    /** A resource's state as a use case hands it over: a view with a secret, a time, a list and a nested value. */
    public record CategoryState(String displayName, String apiKey, Instant changedAt, List<String> tags,
                                Map<String, Object> custom) {
    }

    @BeforeEach
    void empty() {
        Stores stores = emptyStores();
        trail = stores.trail();
        log = stores.log();
        transactions = stores.transactions();
        user = stores.user();
    }

    @Test
    void an_entry_is_stored_with_what_it_was_given_and_waits_for_the_sealer() {
        Actor actor = new Actor(Optional.of(user), "ann", Set.of(Permission.ASSET_WRITE),
                new RequestOrigin("req-1", "192.0.2.1", "junit/5", "sess-1", "client-1"));

        inTransaction(() -> trail.record(new AuditEntry(actor, AT, "asset.update", "asset", 7L, OrgUnitId.ROOT,
                Map.of("name", "Servers"), Map.of("name", "Hosts"), Outcome.SUCCESS, "none")));

        AuditLogView row = onlyRow();
        assertThat(row.userId()).isEqualTo(user);
        assertThat(row.action()).isEqualTo("asset.update");
        assertThat(row.resourceType()).isEqualTo("asset");
        assertThat(row.resourceId()).isEqualTo(7L);
        assertThat(row.orgUnitId()).isEqualTo(OrgUnitId.ROOT.value());
        assertThat(row.oldValues()).isEqualTo("{\"name\":\"Servers\"}");
        assertThat(row.newValues()).isEqualTo("{\"name\":\"Hosts\"}");
        assertThat(row.ipAddress()).isEqualTo("192.0.2.1");
        assertThat(row.userAgent()).isEqualTo("junit/5");
        assertThat(row.sessionId()).isEqualTo("sess-1");
        assertThat(row.requestId()).isEqualTo("req-1");
        assertThat(row.clientRequestId()).isEqualTo("client-1");
        assertThat(row.outcome()).isEqualTo("success");
        assertThat(row.errorMessage()).isEqualTo("none");
        assertThat(row.createdAt()).isEqualTo(AT);
        assertThat(row.entryId()).matches("[0-9a-f]{32}");
        assertThat(row.chainSeq()).isNull();
        assertThat(row.previousHash()).isNull();
        assertThat(row.rowHash()).isNull();
    }

    @Test
    void states_are_stored_as_snake_case_json_with_every_secret_redacted() {
        CategoryState before = new CategoryState("Servers", "aegis_k_secret", AT, List.of("a", "b"),
                Map.of("password", "hunter2"));

        inTransaction(() -> trail.record(AuditEntry.success(system(), AT, "asset_category.delete", "asset_category",
                7, null, before, null)));

        AuditLogView row = onlyRow();
        assertThat(row.oldValues()).contains("\"display_name\":\"Servers\"", "\"api_key\":\"[redacted]\"",
                "\"changed_at\":\"2026-11-27T08:15:00.123Z\"", "\"tags\":[\"a\",\"b\"]",
                "\"custom\":{\"password\":\"[redacted]\"}").doesNotContain("aegis_k_secret", "hunter2");
        assertThat(row.newValues()).as("a state that no longer exists").isNull();
    }

    /** A risk holds three texts of up to 10 000 characters each: in any script, its view is audited whole. */
    @Test
    void a_state_as_large_as_a_resource_may_be_is_stored_whole() {
        String text = "監".repeat(9_985) + " 🔒 \"quoted\"\n";
        Map<String, String> state = Map.of("description", text, "vulnerability", text, "existing_controls", text);

        inTransaction(() -> trail.record(AuditEntry.success(system(), AT, "risk.update", "risk", 1, null, state, state)));

        AuditLogView row = onlyRow();
        String json = "監".repeat(9_985) + " 🔒 \\\"quoted\\\"\\n";
        assertThat(row.newValues()).isEqualTo(row.oldValues()).contains("\"description\":\"" + json + "\"",
                "\"vulnerability\":\"" + json + "\"", "\"existing_controls\":\"" + json + "\"");
    }

    @Test
    void a_system_actor_a_failure_without_a_resource_and_an_unknown_origin_are_stored_as_no_value() {
        Actor local = new Actor(Optional.empty(), "cli", Set.of(), RequestOrigin.LOCAL);

        inTransaction(() -> {
            trail.record(AuditEntry.success(system(), AT, "audit.checkpoint", "audit_log", 1, null, null, null));
            trail.record(new AuditEntry(local, AT, "asset.create", null, null, null, null, null, Outcome.DENIED,
                    "asset:write"));
        });

        List<AuditLogView> rows = everyRow().items();
        AuditLogView denied = rows.get(0);
        assertThat(denied.userId()).isNull();
        assertThat(denied.resourceType()).isNull();
        assertThat(denied.resourceId()).isNull();
        assertThat(denied.orgUnitId()).isNull();
        assertThat(denied.oldValues()).isNull();
        assertThat(denied.outcome()).isEqualTo("denied");
        assertThat(denied.errorMessage()).isEqualTo("asset:write");
        assertThat(denied.ipAddress()).isNull();
        assertThat(denied.userAgent()).isNull();
        assertThat(denied.sessionId()).isNull();
        assertThat(denied.requestId()).isNull();
        assertThat(denied.clientRequestId()).isNull();
        AuditLogView bySystem = rows.get(1);
        assertThat(bySystem.userId()).isNull();
        assertThat(bySystem.sessionId()).isEqualTo(Actor.SYSTEM_SESSION + "test");
    }

    @Test
    void the_time_is_kept_to_the_millisecond() {
        inTransaction(() -> trail.record(AuditEntry.success(system(), AT.plusNanos(456_789), "asset.update", "asset",
                1, null, null, null)));

        assertThat(onlyRow().createdAt()).isEqualTo(AT);
    }

    @Test
    void client_text_longer_than_the_store_keeps_is_cut_never_refused() {
        String agent = "a".repeat(600);
        Actor actor = new Actor(Optional.of(user), "ann", Set.of(), new RequestOrigin("req-1", "192.0.2.1", agent,
                "sess-1"));

        inTransaction(() -> trail.record(AuditEntry.success(actor, AT, "asset.update", "asset", 1, null, null, null)));

        assertThat(agent).startsWith(onlyRow().userAgent());
    }

    @Test
    void a_bulk_write_stores_every_entry_in_the_order_given_and_nothing_when_given_none() {
        inTransaction(() -> trail.recordAll(List.of()));
        assertThat(everyRow().total()).isZero();

        inTransaction(() -> trail.recordAll(List.of(entry("asset.import", 3), entry("asset.import", 1),
                entry("asset.import", 2))));

        // newest first
        assertThat(everyRow().items()).extracting(AuditLogView::resourceId)
                .containsExactly(2L, 1L, 3L);
    }

    @Test
    void an_entry_commits_with_the_callers_transaction_and_vanishes_with_its_rollback() {
        IllegalStateException failure = new IllegalStateException("the change failed after its entry");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            trail.record(entry("asset.create", 1));
            throw failure;
        })).as("propagated unchanged").isSameAs(failure);
        assertThat(everyRow().total()).isZero();

        inTransaction(() -> trail.record(entry("asset.create", 2)));
        assertThat(onlyRow().resourceId()).isEqualTo(2L);
    }

    @Test
    void an_entry_written_in_a_joined_transaction_rolls_back_with_the_outer_one() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> {
                trail.record(entry("asset.update", 1));
                return null;
            });
            throw new IllegalStateException("the outer change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(everyRow().total()).isZero();
    }

    @Test
    void a_broken_chain_refuses_every_entry_and_stores_none() {
        inTransaction(() -> trail.record(entry("asset.create", 1)));
        breakChain("row 1 changed");

        assertThatThrownBy(() -> inTransaction(() -> trail.record(entry("asset.update", 1))))
                .isInstanceOf(AuditChainBrokenException.class);
        assertThatThrownBy(() -> inTransaction(() -> trail.recordAll(List.of(entry("asset.import", 2),
                entry("asset.import", 3))))).isInstanceOf(AuditChainBrokenException.class);

        assertThat(onlyRow().action()).isEqualTo("asset.create");
    }

    @Test
    void a_missing_chain_state_refuses_every_entry_and_stores_none() {
        removeChainState();

        assertThatThrownBy(() -> inTransaction(() -> trail.record(entry("asset.create", 1))))
                .isInstanceOf(AuditChainBrokenException.class);
        assertThatThrownBy(() -> inTransaction(() -> trail.recordAll(List.of(entry("asset.import", 2)))))
                .isInstanceOf(AuditChainBrokenException.class);

        assertThat(everyRow().total()).isZero();
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The log as an organisation-wide auditor lists it. */
    private Page<AuditLogView> everyRow() {
        return log.list(ListAuditLogsQuery.all(), Scope.everywhere());
    }

    private AuditLogView onlyRow() {
        List<AuditLogView> rows = everyRow().items();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private AuditEntry entry(String action, long resource) {
        Actor actor = new Actor(Optional.of(user), "ann", Set.of(), new RequestOrigin("req-" + resource, "", "", ""));
        return AuditEntry.success(actor, AT, action, "asset", resource, null, null, Map.of("id", resource));
    }

    private static Actor system() {
        return Actor.system("test");
    }
}
