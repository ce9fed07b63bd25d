package io.aegis.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.organisation.port.in.CreateOrgUnitCommand;
import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.in.UpdateOrgUnitCommand;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgUnitServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    private static final OrgUnitId ROOT = InMemoryOrgUnits.ROOT;

    private final InMemoryOrgUnits store = new InMemoryOrgUnits();
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    private final CreateOrgUnitService create = new CreateOrgUnitService(run, store);
    private final GetOrgUnitService get = new GetOrgUnitService(run, store);
    private final ListOrgUnitsService list = new ListOrgUnitsService(run, store);
    private final UpdateOrgUnitService update = new UpdateOrgUnitService(run, store);
    private final DeactivateOrgUnitService deactivate = new DeactivateOrgUnitService(run, store);

    private final Actor administrator = Actors.withPermissions(Permission.USER_READ, Permission.USER_ADMIN);
    private final Actor reader = Actors.withPermissions(Permission.USER_READ);

    @Test
    void creating_stores_the_unit_under_its_parent_and_audits_it_once_in_the_same_transaction() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));

        OrgUnitView france = create.create(administrator, command("France", id(europe)));

        assertThat(france.parentId()).isEqualTo(europe.id());
        assertThat(france.path()).containsExactly(ROOT.value(), europe.id(), france.id());
        assertThat(france.createdAt()).isEqualTo(NOW);
        assertThat(get.get(reader, id(france))).isEqualTo(france);
        assertThat(transactions.started()).isEqualTo(3);
        assertThat(audit.entries()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("org_unit.create");
            assertThat(entry.resourceType()).isEqualTo("org_unit");
            assertThat(entry.resourceId()).isEqualTo(france.id());
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo(france);
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
        });
    }

    @Test
    void reading_needs_user_read_and_changing_needs_user_admin() {
        OrgUnitId europe = id(create.create(administrator, command("Europe", ROOT)));

        assertThatThrownBy(() -> create.create(reader, command("Asia", ROOT))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, rename(europe, "X"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(reader, europe)).isInstanceOf(ForbiddenException.class);
        Actor assetAnalyst = Actors.withPermissions(Permission.ASSET_READ, Permission.ASSET_WRITE);
        assertThatThrownBy(() -> get.get(assetAnalyst, europe)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(assetAnalyst, ListOrgUnitsQuery.all()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(store.size()).isEqualTo(2);
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.SUCCESS,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED);
        assertThat(audit.entries().get(1).errorMessage()).isEqualTo("missing permission user:admin");
    }

    @Test
    void a_sibling_name_in_any_case_is_a_conflict_but_the_same_name_under_another_parent_is_fine() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        OrgUnitView asia = create.create(administrator, command("Asia", ROOT));
        create.create(administrator, command("Finance", id(europe)));

        assertThatThrownBy(() -> create.create(administrator, command("FINANCE", id(europe))))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("duplicate_name");
        assertThat(create.create(administrator, command("Finance", id(asia))).parentId()).isEqualTo(asia.id());
        assertThat(store.size()).isEqualTo(5);
    }

    @Test
    void a_unit_cannot_be_created_under_an_unknown_or_a_deactivated_parent() {
        OrgUnitId legacy = id(create.create(administrator, command("Legacy", ROOT)));
        deactivate.deactivate(administrator, legacy);

        assertThatThrownBy(() -> create.create(administrator, command("Lost", new OrgUnitId(99))))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("unknown_parent");
        assertThatThrownBy(() -> create.create(administrator, command("Late", legacy)))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("inactive_parent");
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void update_renames_re_describes_and_moves_and_audits_before_and_after() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        OrgUnitView sales = create.create(administrator, command("Sales", ROOT));

        OrgUnitView moved = update.update(administrator, new UpdateOrgUnitCommand(id(sales), ExpectedVersion.ANY,
                Patch.set(new OrgUnitName("Sales EU")), Patch.set(null), Patch.set(id(europe))));

        assertThat(moved.name()).isEqualTo("Sales EU");
        assertThat(moved.description()).isNull();
        assertThat(moved.parentId()).isEqualTo(europe.id());
        assertThat(moved.path()).containsExactly(ROOT.value(), europe.id(), sales.id());
        assertThat(moved.version()).isAfter(sales.version());
        assertThat(get.get(reader, id(sales))).isEqualTo(moved);
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("org_unit.update");
            assertThat(entry.before()).isEqualTo(sales);
            assertThat(entry.after()).isEqualTo(moved);
        });
    }

    @Test
    void a_move_under_itself_or_below_itself_is_refused_and_changes_nothing() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        OrgUnitView france = create.create(administrator, command("France", id(europe)));
        int audited = audit.entries().size();

        assertThatThrownBy(() -> update.update(administrator, move(id(europe), id(france))))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("cyclic_parent");
        assertThatThrownBy(() -> update.update(administrator, move(id(europe), id(europe))))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("cyclic_parent");

        assertThat(get.get(reader, id(europe))).isEqualTo(europe);
        assertThat(audit.entries()).hasSize(audited);
    }

    @Test
    void the_root_cannot_move_but_may_be_renamed() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));

        assertThatThrownBy(() -> update.update(administrator, move(ROOT, id(europe))))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("root_has_no_parent");
        OrgUnitView renamed = update.update(administrator, rename(ROOT, "Group"));
        assertThat(renamed.name()).isEqualTo("Group");
        assertThat(renamed.parentId()).isNull();
        assertThat(renamed.path()).containsExactly(ROOT.value());
    }

    @Test
    void a_move_onto_a_siblings_name_under_the_new_parent_is_a_conflict() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        create.create(administrator, command("Finance", id(europe)));
        OrgUnitView finance = create.create(administrator, command("finance", ROOT));

        assertThatThrownBy(() -> update.update(administrator, move(id(finance), id(europe))))
                .isInstanceOf(ConflictException.class);
        assertThat(update.update(administrator, rename(id(finance), "FINANCE")).name()).isEqualTo("FINANCE");
    }

    @Test
    void a_stale_expected_version_is_refused_and_changes_nothing() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        UpdateOrgUnitCommand stale = new UpdateOrgUnitCommand(id(europe),
                ExpectedVersion.of(europe.version().minusSeconds(1)), Patch.set(new OrgUnitName("EMEA")),
                Patch.keep(), Patch.keep());

        assertThatThrownBy(() -> update.update(administrator, stale)).isInstanceOf(StaleVersionException.class);
        assertThat(get.get(reader, id(europe)).name()).isEqualTo("Europe");
    }

    @Test
    void only_an_empty_unit_other_than_the_root_is_deactivated_and_a_second_time_changes_nothing() {
        OrgUnitView europe = create.create(administrator, command("Europe", ROOT));
        OrgUnitView france = create.create(administrator, command("France", id(europe)));

        assertThatThrownBy(() -> deactivate.deactivate(administrator, id(europe)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("1 active unit")
                .extracting("code").isEqualTo("unit_not_empty");
        assertThatThrownBy(() -> deactivate.deactivate(administrator, ROOT))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("root_unit");

        deactivate.deactivate(administrator, id(france));
        deactivate.deactivate(administrator, id(france));
        deactivate.deactivate(administrator, id(europe));

        assertThat(get.get(reader, id(europe)).active()).isFalse();
        assertThat(list.list(reader, ListOrgUnitsQuery.all()).items()).extracting(OrgUnitView::name)
                .containsExactly("Organisation");
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("org_unit.create",
                "org_unit.create", "org_unit.deactivate", "org_unit.deactivate");
    }

    @Test
    void unknown_ids_are_not_found() {
        OrgUnitId unknown = new OrgUnitId(42);

        assertThatThrownBy(() -> get.get(reader, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(administrator, rename(unknown, "X")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(administrator, unknown))
                .isInstanceOf(NotFoundException.class);
    }

    private static OrgUnitId id(OrgUnitView view) {
        return new OrgUnitId(view.id());
    }

    private static CreateOrgUnitCommand command(String name, OrgUnitId parent) {
        return new CreateOrgUnitCommand(new OrgUnitName(name), parent, Optional.of(new Description("d")));
    }

    private static UpdateOrgUnitCommand rename(OrgUnitId id, String name) {
        return new UpdateOrgUnitCommand(id, ExpectedVersion.ANY, Patch.set(new OrgUnitName(name)), Patch.keep(),
                Patch.keep());
    }

    private static UpdateOrgUnitCommand move(OrgUnitId id, OrgUnitId parent) {
        return new UpdateOrgUnitCommand(id, ExpectedVersion.ANY, Patch.keep(), Patch.keep(), Patch.set(parent));
    }
}
