package io.aegis.application.risk;

import io.aegis.application.port.ExpectedVersion;
import static io.aegis.application.risk.RiskMatrixMother.multiplicative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.in.UpdateRiskMatrixCommand;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RiskMatrixServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final RiskMatrixId STANDARD = new RiskMatrixId(1);

    private final InMemoryRiskMatrices store = new InMemoryRiskMatrices();
    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private final InMemoryRisks references = new InMemoryRisks(units);
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

    private final CreateRiskMatrixService create = new CreateRiskMatrixService(run, store, references);
    private final GetRiskMatrixService get = new GetRiskMatrixService(run, store);
    private final ListRiskMatricesService list = new ListRiskMatricesService(run, store);
    private final UpdateRiskMatrixService update = new UpdateRiskMatrixService(run, store);
    private final DeactivateRiskMatrixService deactivate = new DeactivateRiskMatrixService(run, store);
    private final GetRiskMatrixEditingService editing = new GetRiskMatrixEditingService(run, store);

    private final Actor analyst = Actors.withPermissions(Permission.RISK_READ, Permission.MATRIX_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.RISK_READ);

    @Test
    void creating_stores_the_matrix_and_audits_it_once_in_one_transaction() {
        RiskMatrixView view = create.create(analyst, command("Wide", 4, 6, false));

        assertThat(get.get(reader, id(view)).riskScores()).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(view.isDefault()).isFalse();
        assertThat(get.get(reader, STANDARD).isDefault()).isTrue();
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("risk_matrix.create");
            assertThat(entry.resourceType()).isEqualTo("risk_matrix");
            assertThat(entry.resourceId()).isEqualTo(view.id());
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo(view);
        });
    }

    @Test
    void a_new_default_takes_over_and_both_changes_are_audited() {
        RiskMatrixView standardBefore = get.get(reader, STANDARD);

        RiskMatrixView created = create.create(analyst, command("New default", 3, 3, true));

        assertThat(created.isDefault()).isTrue();
        assertThat(get.get(reader, STANDARD).isDefault()).isFalse();
        assertThat(store.findDefault().orElseThrow().id()).contains(id(created));
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("risk_matrix.create", "risk_matrix.update");
        assertThat(audit.entries().get(1)).satisfies(entry -> {
            assertThat(entry.resourceId()).isEqualTo(1L);
            assertThat(entry.before()).isEqualTo(standardBefore);
            assertThat(entry.after()).isEqualTo(get.get(reader, STANDARD));
        });
    }

    @Test
    void making_a_matrix_the_default_clears_the_previous_one() {
        RiskMatrixView other = create.create(analyst, command("Other", 5, 5, false));

        RiskMatrixView promoted = update.update(analyst, patch(id(other), c -> c.isDefault(Patch.set(true))));

        assertThat(promoted.isDefault()).isTrue();
        assertThat(get.get(reader, STANDARD).isDefault()).isFalse();
        assertThat(list.list(reader, new ListRiskMatricesQuery(Optional.empty(), Optional.of(true), true, List.of(),
                io.aegis.application.port.PageRequest.first())).items()).extracting(RiskMatrixView::id)
                .containsExactly(other.id());
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("risk_matrix.create", "risk_matrix.update", "risk_matrix.update");
        // setting it again changes no other matrix
        update.update(analyst, patch(id(other), c -> c.isDefault(Patch.set(true))));
        assertThat(audit.entries()).hasSize(4);
    }

    @Test
    void the_default_cannot_be_unset_deactivated_or_deleted_until_another_takes_over() {
        RiskMatrixView before = get.get(reader, STANDARD);

        assertRule(() -> update.update(analyst, patch(STANDARD, c -> c.isDefault(Patch.set(false)))),
                "default_matrix_required");
        assertRule(() -> update.update(analyst, patch(STANDARD, c -> c.active(Patch.set(false)))),
                "default_matrix_required");
        assertRule(() -> deactivate.deactivate(analyst, STANDARD), "default_matrix_required");

        assertThat(get.get(reader, STANDARD)).isEqualTo(before);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_matrix_scoring_risks_keeps_its_grid_but_its_name_description_and_default_stay_editable() {
        RiskMatrixView used = create.create(analyst, command("Used", 5, 5, false));
        assertThat(editing.editing(analyst, Optional.of(id(used))).scoringFrozen()).as("every part may change")
                .isFalse();
        store.scoreARiskOn(id(used));
        assertThat(editing.editing(analyst, Optional.of(id(used))).scoringFrozen()).as("only what may change")
                .isTrue();
        assertThat(editing.editing(analyst, Optional.empty()).scoringFrozen()).isFalse();

        assertRule(() -> update.update(analyst, patch(id(used), c -> c.riskScores(Patch.set(
                multiplicative(5, 5).scores().stream().map(row -> row.stream().map(s -> s + 1).toList()).toList())))),
                "matrix_in_use");
        assertRule(() -> update.update(analyst, patch(id(used), c -> c.likelihoodLevels(Patch.set(
                multiplicative(5, 5).likelihoodLevels().stream()
                        .map(l -> new MatrixLevel(l.value(), l.name() + "!", "")).toList())))), "matrix_in_use");

        RiskMatrixView renamed = update.update(analyst, patch(id(used), c -> c
                .name(Patch.set(new RiskMatrixName("Used 2"))).description(Patch.set(null))
                .isDefault(Patch.set(true))
                // the same grid sent again is no change
                .riskScores(Patch.set(multiplicative(5, 5).scores()))));
        assertThat(renamed.name()).isEqualTo("Used 2");
        assertThat(renamed.description()).isNull();
        assertThat(renamed.isDefault()).isTrue();
    }

    @Test
    void scoring_parts_sent_alone_are_checked_against_the_stored_others() {
        RiskMatrixView matrix = create.create(analyst, command("Parts", 3, 3, false));

        RiskMatrixView rebanded = update.update(analyst, patch(id(matrix), c -> c.riskLevels(Patch.set(List.of(
                new RiskBand(RiskLevel.LOW, 1, 3, new HexColor("#00FF00")),
                new RiskBand(RiskLevel.HIGH, 4, 9, new HexColor("#FF0000")))))));
        assertThat(rebanded.riskLevels()).extracting(RiskMatrixView.Band::level).containsExactly("low", "high");

        assertRule(() -> update.update(analyst, patch(id(matrix), c -> c.impactLevels(Patch.set(
                multiplicative(3, 4).impactLevels())))), "matrix_incomplete");
        assertThat(get.get(reader, id(matrix)).impactLevels()).hasSize(3);
    }

    @Test
    void every_use_case_checks_its_permission_before_touching_anything() {
        assertThatThrownBy(() -> create.create(reader, command("X", 3, 3, true))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, patch(STANDARD, c -> c.name(Patch.set(new RiskMatrixName("Y"))))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(reader, STANDARD)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(Actors.nobody(), STANDARD)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> editing.editing(reader, Optional.empty())).as("a reader gets no editor")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(Actors.nobody(), ListRiskMatricesQuery.all()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(store.size()).isEqualTo(1);
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsOnly(AuditEntry.Outcome.DENIED)
                .hasSize(6);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("risk_matrix.create",
                "risk_matrix.update", "risk_matrix.deactivate", "risk_matrix.read", "risk_matrix.edit",
                "risk_matrix.list");
    }

    @Test
    void risk_write_alone_no_longer_changes_matrices_matrix_write_does() {
        Actor riskWriter = Actors.withPermissions(Permission.RISK_READ, Permission.RISK_WRITE);

        assertThatThrownBy(() -> create.create(riskWriter, command("X", 3, 3, false)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(riskWriter, patch(STANDARD, c -> c.isDefault(Patch.set(true)))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(riskWriter, STANDARD)).isInstanceOf(ForbiddenException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void a_name_taken_in_another_case_is_a_conflict_and_changes_nothing() {
        assertThatThrownBy(() -> create.create(analyst, command("STANDARD 5X5", 3, 3, true)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
        RiskMatrixView other = create.create(analyst, command("Other", 3, 3, false));
        assertThatThrownBy(() -> update.update(analyst, patch(id(other),
                c -> c.name(Patch.set(new RiskMatrixName("standard 5x5")))))).isInstanceOf(ConflictException.class);

        assertThat(update.update(analyst, patch(id(other), c -> c.name(Patch.set(new RiskMatrixName("OTHER")))))
                .name()).isEqualTo("OTHER");
        assertThat(get.get(reader, STANDARD).isDefault()).isTrue();
    }

    @Test
    void a_stale_expected_version_is_refused_and_changes_nothing() {
        RiskMatrixView created = create.create(analyst, command("Versioned", 3, 3, false));
        UpdateRiskMatrixCommand stale = new Builder(id(created)).name(Patch.set(new RiskMatrixName("Changed")))
                .build(ExpectedVersion.of(created.version().minusMillis(1)));

        assertThatThrownBy(() -> update.update(analyst, stale)).isInstanceOf(StaleVersionException.class);
        assertThat(get.get(reader, id(created)).name()).isEqualTo("Versioned");
    }

    @Test
    void unknown_ids_are_not_found() {
        RiskMatrixId unknown = new RiskMatrixId(42);

        assertThatThrownBy(() -> get.get(reader, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editing.editing(analyst, Optional.of(unknown))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(analyst, patch(unknown, c -> c.isDefault(Patch.set(true)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(analyst, unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deactivating_is_a_soft_delete_idempotent_and_allowed_for_a_matrix_in_use() {
        RiskMatrixView used = create.create(analyst, command("Retiring", 4, 4, false));
        store.scoreARiskOn(id(used));

        deactivate.deactivate(analyst, id(used));
        deactivate.deactivate(analyst, id(used));

        assertThat(get.get(reader, id(used)).active()).isFalse();
        assertThat(list.list(reader, ListRiskMatricesQuery.all()).items()).extracting(RiskMatrixView::id)
                .containsExactly(1L);
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("risk_matrix.create", "risk_matrix.deactivate");
        assertRule(() -> update.update(analyst, patch(id(used), c -> c.isDefault(Patch.set(true)))),
                "matrix_inactive");
    }

    private static RiskMatrixId id(RiskMatrixView view) {
        return new RiskMatrixId(view.id());
    }

    private static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo(code));
    }

    private static CreateRiskMatrixCommand command(String name, int likelihoods, int impacts, boolean isDefault) {
        return new CreateRiskMatrixCommand(new RiskMatrixName(name), Optional.of(new Description("d")),
                multiplicative(likelihoods, impacts), isDefault, Optional.empty());
    }

    private static UpdateRiskMatrixCommand patch(RiskMatrixId id, UnaryOperator<Builder> fields) {
        return fields.apply(new Builder(id)).build(ExpectedVersion.ANY);
    }

    /** A command that keeps every field but those set. */
    private static final class Builder {
        private final RiskMatrixId id;
        private Patch<RiskMatrixName> name = Patch.keep();
        private Patch<Description> description = Patch.keep();
        private Patch<List<MatrixLevel>> likelihoodLevels = Patch.keep();
        private Patch<List<MatrixLevel>> impactLevels = Patch.keep();
        private Patch<List<List<Double>>> riskScores = Patch.keep();
        private Patch<List<RiskBand>> riskLevels = Patch.keep();
        private Patch<Boolean> isDefault = Patch.keep();
        private Patch<Boolean> active = Patch.keep();

        Builder(RiskMatrixId id) {
            this.id = id;
        }

        Builder name(Patch<RiskMatrixName> value) {
            name = value;
            return this;
        }

        Builder description(Patch<Description> value) {
            description = value;
            return this;
        }

        Builder likelihoodLevels(Patch<List<MatrixLevel>> value) {
            likelihoodLevels = value;
            return this;
        }

        Builder impactLevels(Patch<List<MatrixLevel>> value) {
            impactLevels = value;
            return this;
        }

        Builder riskScores(Patch<List<List<Double>>> value) {
            riskScores = value;
            return this;
        }

        Builder riskLevels(Patch<List<RiskBand>> value) {
            riskLevels = value;
            return this;
        }

        Builder isDefault(Patch<Boolean> value) {
            isDefault = value;
            return this;
        }

        Builder active(Patch<Boolean> value) {
            active = value;
            return this;
        }

        UpdateRiskMatrixCommand build(ExpectedVersion expectedVersion) {
            return new UpdateRiskMatrixCommand(id, expectedVersion, name, description, likelihoodLevels, impactLevels,
                    riskScores, riskLevels, isDefault, active);
        }
    }
}
