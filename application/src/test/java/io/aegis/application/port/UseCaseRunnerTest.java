package io.aegis.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UseCaseRunnerTest {

    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor writer = Actors.withPermissions(Permission.ASSET_WRITE);

    private static final OrgUnitId ROOT = new OrgUnitId(1);
    private static final OrgUnitId UNIT_A = new OrgUnitId(2);
    private static final OrgUnitId UNIT_B = new OrgUnitId(3);
    private static final OrgUnitTree TREE = OrgUnitTree.of(Map.of(ROOT, Optional.empty(), UNIT_A, Optional.of(ROOT),
            UNIT_B, Optional.of(ROOT)));
    private final Actor writerOfA = Actors.inUnit(TREE, UNIT_A, Permission.ASSET_READ, Permission.ASSET_WRITE);

    @Test
    void a_refusal_is_audited_as_denied_in_a_transaction_of_its_own_and_the_work_never_runs() {
        List<String> ran = new ArrayList<>();

        assertThatThrownBy(() -> run.change(Actors.nobody(), Permission.ASSET_WRITE, "asset.create", change -> {
            ran.add("work");
            return null;
        })).isInstanceOf(ForbiddenException.class);

        assertThat(ran).isEmpty();
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("asset.create");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            assertThat(entry.errorMessage()).isEqualTo("missing permission asset:write");
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void a_change_runs_in_one_transaction_and_audits_under_its_action_at_its_instant() {
        String result = run.change(writer, Permission.ASSET_WRITE, "asset.update", change -> {
            assertThat(change.now()).isEqualTo(NOW);
            assertThat(change.actor()).isSameAs(writer);
            change.audit("asset", 7, "before", "after");
            change.auditIn("asset.transition", new OrgUnitId(1), "asset", 7, null, "after");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("asset.update", "asset.transition");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.resourceId()).isEqualTo(7L);
        });
    }

    @Test
    void a_read_checks_the_permission_and_opens_no_transaction_unless_it_must_be_consistent() {
        assertThat(run.read(writer, Permission.ASSET_WRITE, "asset.read", () -> "seen")).isEqualTo("seen");
        assertThat(transactions.started()).isZero();

        assertThat(run.consistentRead(writer, Permission.ASSET_WRITE, "asset.export", () -> "all")).isEqualTo("all");
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_change_every_actor_may_make_checks_no_permission() {
        run.inChange(Actors.nobody(), "session.logout", change -> {
            change.audit("session", 1, null, null);
            return null;
        });

        assertThat(audit.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS));
    }

    @Test
    void a_use_case_about_the_whole_organisation_refuses_an_actor_holding_its_permission_in_some_units_only() {
        assertThatThrownBy(() -> run.read(writerOfA, Permission.ASSET_WRITE, "asset_category.list", () -> "rows"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("this action requires the permission asset:write for the whole organisation");

        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            assertThat(entry.errorMessage()).isEqualTo("missing permission asset:write in every unit");
        });
    }

    @Test
    void a_scoped_read_gets_the_units_of_its_permission() {
        Scope scope = run.readIn(writerOfA, Permission.ASSET_READ, "asset.list", given -> given);

        assertThat(scope.includes(UNIT_A)).isTrue();
        assertThat(scope.includes(UNIT_B)).isFalse();
        Scope everywhere = run.readIn(writer, Permission.ASSET_WRITE, "asset.list", given -> given);
        assertThat(everywhere).isEqualTo(Scope.everywhere());
    }

    @Test
    void a_scoped_change_passes_a_row_of_its_units_and_hides_a_row_of_another_as_not_found() {
        String done = run.changeIn(writerOfA, Permission.ASSET_WRITE, "asset.update", change -> {
            change.requireWithin(UNIT_A, Permission.ASSET_WRITE, writerOfA.scopeOf(Permission.ASSET_READ),
                    () -> new NotFoundException("asset", 1));
            return "done";
        });
        assertThat(done).isEqualTo("done");

        assertThatThrownBy(() -> run.changeIn(writerOfA, Permission.ASSET_WRITE, "asset.update", change -> {
            change.requireWithin(UNIT_B, Permission.ASSET_WRITE, writerOfA.scopeOf(Permission.ASSET_READ),
                    () -> new NotFoundException("asset", 2));
            return "done";
        })).isInstanceOf(NotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_scoped_change_of_a_row_the_actor_sees_but_may_not_change_is_forbidden_and_audited() {
        Actor readsEverywhere = new Actor(writerOfA.userId(), writerOfA.name(),
                ScopedPermissions.resolve(List.of(new RoleAssignment(new RoleId(1), UNIT_A, false),
                        new RoleAssignment(new RoleId(2), ROOT, true)), role -> role.value() == 1
                        ? Set.of(Permission.ASSET_WRITE) : Set.of(Permission.ASSET_READ), TREE), writerOfA.origin());

        assertThatThrownBy(() -> run.changeIn(readsEverywhere, Permission.ASSET_WRITE, "asset.update", change -> {
            change.requireWithin(UNIT_B, Permission.ASSET_WRITE, readsEverywhere.scopeOf(Permission.ASSET_READ),
                    () -> new NotFoundException("asset", 2));
            return "done";
        })).isInstanceOf(ForbiddenException.class)
                .hasMessage("this action requires the permission asset:write in unit 3");

        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            assertThat(entry.errorMessage()).isEqualTo("missing permission asset:write in unit 3");
        });
    }
}
