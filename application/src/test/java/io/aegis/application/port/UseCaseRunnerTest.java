package io.aegis.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseCaseRunnerTest {

    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor writer = Actors.withPermissions(Permission.ASSET_WRITE);

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
            change.audit("asset.transition", "asset", 7, null, "after");
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
}
