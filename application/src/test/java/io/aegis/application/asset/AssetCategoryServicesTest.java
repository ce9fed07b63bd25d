package io.aegis.application.asset;

import io.aegis.application.port.ExpectedVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.in.UpdateAssetCategoryCommand;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssetCategories;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetCategoryServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");

    private final InMemoryAssetCategories store = new InMemoryAssetCategories();
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

    private final CreateAssetCategoryService create =
            new CreateAssetCategoryService(run, store);
    private final GetAssetCategoryService get = new GetAssetCategoryService(run, store);
    private final ListAssetCategoriesService list = new ListAssetCategoriesService(run, store);
    private final UpdateAssetCategoryService update =
            new UpdateAssetCategoryService(run, store);
    private final DeactivateAssetCategoryService deactivate =
            new DeactivateAssetCategoryService(run, store);

    private final Actor analyst = Actors.withPermissions(Permission.ASSET_READ, Permission.ASSET_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.ASSET_READ);

    @Test
    void creating_stores_the_category_and_audits_it_once_in_the_same_transaction() {
        AssetCategoryView view = create.create(analyst, command("Servers"));

        assertThat(get.get(reader, new AssetCategoryId(view.id())).name()).isEqualTo("Servers");
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("asset_category.create");
            assertThat(entry.resourceType()).isEqualTo("asset_category");
            assertThat(entry.resourceId()).isEqualTo(view.id());
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo(view);
            assertThat(entry.actor()).isEqualTo(analyst);
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.SUCCESS);
        });
    }

    @Test
    void every_use_case_checks_its_permission_before_touching_anything() {
        create.create(analyst, command("Servers"));
        AssetCategoryId id = new AssetCategoryId(1);

        assertThatThrownBy(() -> create.create(reader, command("Other"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, rename(id, "X"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(reader, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(Actors.nobody(), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(Actors.nobody(), ListAssetCategoriesQuery.all()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(store.size()).isEqualTo(1);
        assertThat(get.get(reader, id).name()).isEqualTo("Servers");
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.SUCCESS,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED);
        assertThat(audit.entries().get(1)).satisfies(denied -> {
            assertThat(denied.action()).isEqualTo("asset_category.create");
            assertThat(denied.actor()).isEqualTo(reader);
            assertThat(denied.errorMessage()).isEqualTo("missing permission asset:write");
        });
    }

    @Test
    void a_name_taken_in_another_case_is_a_conflict_and_changes_nothing() {
        create.create(analyst, command("Servers"));

        assertThatThrownBy(() -> create.create(analyst, command("SERVERS")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
        assertThat(store.size()).isEqualTo(1);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void update_changes_only_what_the_command_carries() {
        AssetCategoryView created = create.create(analyst, command("Servers"));

        AssetCategoryView updated = update.update(analyst, new UpdateAssetCategoryCommand(
                new AssetCategoryId(created.id()), ExpectedVersion.ANY, Patch.keep(), Patch.set(null),
                Patch.keep(), Patch.keep()));

        assertThat(updated.name()).isEqualTo("Servers");
        assertThat(updated.description()).isNull();
        assertThat(updated.color()).isEqualTo("#00AA00");
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("asset_category.update");
            assertThat(entry.before()).isEqualTo(created);
            assertThat(entry.after()).isEqualTo(updated);
        });
    }

    @Test
    void versions_strictly_increase_even_within_one_millisecond() {
        AssetCategoryView created = create.create(analyst, command("Servers"));

        AssetCategoryView updated = update.update(analyst, rename(new AssetCategoryId(created.id()), "Hosts"));

        assertThat(updated.version()).isAfter(created.version());
    }

    @Test
    void a_stale_expected_version_is_refused_and_changes_nothing() {
        AssetCategoryView created = create.create(analyst, command("Servers"));
        UpdateAssetCategoryCommand stale = new UpdateAssetCategoryCommand(new AssetCategoryId(created.id()),
                ExpectedVersion.of(created.version().minusSeconds(1)), Patch.set(new AssetCategoryName("Hosts")),
                Patch.keep(), Patch.keep(), Patch.keep());

        assertThatThrownBy(() -> update.update(analyst, stale)).isInstanceOf(StaleVersionException.class);
        assertThat(get.get(reader, new AssetCategoryId(created.id())).name()).isEqualTo("Servers");
    }

    @Test
    void renaming_onto_another_categorys_name_is_a_conflict_but_a_case_change_is_not() {
        create.create(analyst, command("Servers"));
        AssetCategoryView laptops = create.create(analyst, command("Laptops"));
        AssetCategoryId id = new AssetCategoryId(laptops.id());

        assertThatThrownBy(() -> update.update(analyst, rename(id, "servers"))).isInstanceOf(ConflictException.class);
        assertThat(update.update(analyst, rename(id, "LAPTOPS")).name()).isEqualTo("LAPTOPS");
    }

    @Test
    void unknown_ids_are_not_found() {
        AssetCategoryId unknown = new AssetCategoryId(42);

        assertThatThrownBy(() -> get.get(reader, unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(analyst, rename(unknown, "X"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(analyst, unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deactivating_is_a_soft_delete_and_idempotent() {
        AssetCategoryView created = create.create(analyst, command("Servers"));
        AssetCategoryId id = new AssetCategoryId(created.id());

        deactivate.deactivate(analyst, id);
        deactivate.deactivate(analyst, id);

        assertThat(get.get(reader, id).active()).isFalse();
        assertThat(list.list(reader, ListAssetCategoriesQuery.all()).items()).isEmpty();
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("asset_category.create", "asset_category.deactivate");
    }

    private static CreateAssetCategoryCommand command(String name) {
        return new CreateAssetCategoryCommand(new AssetCategoryName(name), Optional.of(new Description("d")),
                Optional.of(new HexColor("#00aa00")));
    }

    private static UpdateAssetCategoryCommand rename(AssetCategoryId id, String name) {
        return new UpdateAssetCategoryCommand(id, ExpectedVersion.ANY, Patch.set(new AssetCategoryName(name)),
                Patch.keep(), Patch.keep(), Patch.keep());
    }
}
