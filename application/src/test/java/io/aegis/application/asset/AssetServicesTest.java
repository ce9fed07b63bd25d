package io.aegis.application.asset;

import io.aegis.application.port.ExpectedVersion;
import static io.aegis.application.asset.AssetMother.aBareProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.asset.port.in.AssetHasOpenRisksException;
import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportMode;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.in.OpenRisksView;
import io.aegis.application.asset.port.in.UpdateAssetCommand;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.identity.IdentityMother;
import io.aegis.application.port.Patch;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryAssetCategories;
import io.aegis.application.testing.InMemoryAssetReferences;
import io.aegis.application.testing.InMemoryAssetRelationships;
import io.aegis.application.testing.InMemoryAssets;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRoles;
import io.aegis.application.testing.InMemoryUsers;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");
    /** The risk register as the asset context sees it, when no risk sits on any asset. */
    static final OpenRisksReadModel NO_OPEN_RISKS =
            (asset, readable, named) -> new OpenRisksView(0, List.of());

    private final InMemoryAssets assets = new InMemoryAssets();
    private final InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
    private final InMemoryAssetCategories categories = new InMemoryAssetCategories();
    private final InMemoryUsers users = new InMemoryUsers(new InMemoryRoles());
    private final InMemoryAssetReferences references = new InMemoryAssetReferences(users, new InMemoryOrgUnits());
    private final DirectTransactions transactions = new DirectTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UseCaseRunner run = new UseCaseRunner(transactions, audit, clock);

    private final CreateAssetService create =
            new CreateAssetService(run, assets, references, categories);
    private final UpdateAssetService update =
            new UpdateAssetService(run, assets, references, categories, NO_OPEN_RISKS);
    /** What the file format's reader hands over; the format itself is tested with its adapter. */
    private List<AssetImportRow> rowsInFile = List.of();
    private final List<AssetView> written = new ArrayList<>();
    private final ImportAssetsService importAssets = new ImportAssetsService(run,
            (file, maxRows, sink) -> rowsInFile.forEach(sink), assets, references, categories,
            AssetServicesTest.NO_OPEN_RISKS);
    private final ExportAssetsService export = new ExportAssetsService(run, assets,
            (views, out) -> written.addAll(views));
    private final CreateAssetRelationshipService relate =
            new CreateAssetRelationshipService(run, assets, relationships);

    private final Actor analyst = Actors.withPermissions(Permission.ASSET_READ, Permission.ASSET_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.ASSET_READ);

    @Test
    void creating_records_the_actor_and_audits_once() {
        AssetView view = create.create(analyst, new CreateAssetCommand(aBareProfile("web"), Optional.empty()));

        assertThat(view.createdBy()).isEqualTo(7L);
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("asset.create");
            assertThat(e.after()).isEqualTo(view);
        });
    }

    @Test
    void a_reader_may_not_write_and_nothing_is_stored() {
        assertThatThrownBy(() -> create.create(reader, new CreateAssetCommand(aBareProfile("web"), Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importAssets.importAssets(reader, new ImportAssetsCommand(InputStream.nullInputStream(), false, ImportMode.CREATE)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(assets.size()).isZero();
        assertThat(audit.entries()).allMatch(e -> e.outcome() == AuditEntry.Outcome.DENIED);
    }

    @Test
    void unknown_or_disabled_owners_and_unknown_or_inactive_categories_are_refused_by_code() {
        User left = users.insert(IdentityMother.aUser("left"));
        users.update(left.deactivate(NOW.plusSeconds(1)), left.version());
        AssetCategory retired = categories.insert(AssetCategory.define(
                new AssetCategoryName("Retired"), Optional.empty(), Optional.empty(), NOW));
        categories.update(retired.deactivate(NOW.plusSeconds(1)), retired.version());

        assertThat(codeOf(aBareProfile("a").withOwnerId(new UserId(99)))).isEqualTo("unknown_owner");
        assertThat(codeOf(aBareProfile("a").withOwnerId(left.id().orElseThrow()))).isEqualTo("inactive_owner");
        assertThat(codeOf(aBareProfile("a").withCategoryId(new AssetCategoryId(99))))
                .isEqualTo("unknown_category");
        assertThat(codeOf(aBareProfile("a").withCategoryId(retired.id().orElseThrow())))
                .isEqualTo("inactive_category");
        assertThat(assets.size()).isZero();
    }

    @Test
    void an_asset_carrying_open_risks_is_not_deactivated_and_the_refusal_names_them() {
        AssetView asset = create.create(analyst, new CreateAssetCommand(aBareProfile("carrier"), Optional.empty()));
        OpenRisksView open = new OpenRisksView(2, List.of(new OpenRisksView.NamedRisk(7, "exposed")));
        DeactivateAssetService deactivate = new DeactivateAssetService(run, assets, (id, readable, named) -> open);
        int entries = audit.entries().size();

        assertThatThrownBy(() -> deactivate.deactivate(analyst, new AssetId(asset.id())))
                .isInstanceOfSatisfying(AssetHasOpenRisksException.class, e -> {
                    assertThat(e.code()).isEqualTo("asset_has_open_risks");
                    assertThat(e.details()).containsEntry("asset_id", asset.id()).containsEntry("open_risk_count", 2L)
                            .containsEntry("open_risks", List.of(Map.of("id", 7L, "title", "exposed")));
                });
        assertThat(assets.findById(new AssetId(asset.id())).orElseThrow().active()).isTrue();
        assertThat(audit.entries()).hasSize(entries);
    }

    @Test
    void a_patch_keeps_a_category_deactivated_since_but_may_not_name_it_anew() {
        AssetCategory servers = categories.insert(AssetCategory.define(
                new AssetCategoryName("Servers"), Optional.empty(), Optional.empty(), NOW));
        AssetView asset = create.create(analyst, new CreateAssetCommand(
                aBareProfile("web").withCategoryId(servers.id().orElseThrow()), Optional.empty()));
        AssetView other = create.create(analyst, new CreateAssetCommand(aBareProfile("db"), Optional.empty()));
        categories.update(servers.deactivate(NOW.plusSeconds(1)), servers.version());

        AssetView changed = update.update(analyst, new UpdateAssetCommand(new AssetId(asset.id()), ExpectedVersion.ANY,
                b -> b.withCriticality(Criticality.HIGH), Optional.empty(), Patch.keep()));

        assertThat(changed.categoryId()).isEqualTo(servers.id().orElseThrow().value());
        assertThatThrownBy(() -> update.update(analyst, new UpdateAssetCommand(new AssetId(other.id()),
                ExpectedVersion.ANY, b -> b.withCategoryId(servers.id().orElseThrow()), Optional.empty(),
                Patch.keep())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("inactive_category"));
    }

    @Test
    void an_import_stores_the_valid_rows_and_reports_the_others() {
        rowsInFile = List.of(
                AssetMother.aRow(2, aBareProfile("a"), true, Optional.empty()),
                AssetImportRow.invalid(3, List.of(new ImportProblem("asset_type", "must be one of ..."))),
                AssetMother.aRow(4, aBareProfile("b").withOwnerId(new UserId(99)), true, Optional.empty()),
                AssetMother.aRow(5, aBareProfile("c"), false, Optional.empty()));
        AssetImportReport report = importAssets.importAssets(analyst,
                new ImportAssetsCommand(InputStream.nullInputStream(), false, ImportMode.CREATE));

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.rows()).extracting(AssetImportReport.RowOutcome::status).containsExactly(
                AssetImportReport.Status.CREATED, AssetImportReport.Status.REFUSED, AssetImportReport.Status.REFUSED,
                AssetImportReport.Status.CREATED);
        assertThat(report.rows().get(2).errors()).extracting(ImportProblem::field).containsExactly("unknown_owner");
        assertThat(assets.findById(new AssetId(report.rows().get(3).id())).orElseThrow().active()).isFalse();
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("asset.import", "asset.import");
        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void all_or_nothing_stores_nothing_when_a_row_is_refused() {
        rowsInFile = List.of(
                AssetMother.aRow(2, aBareProfile("a"), true, Optional.empty()),
                AssetMother.aRow(3, aBareProfile("b").withOwnerId(new UserId(99)), true, Optional.empty()));
        AssetImportReport report = importAssets.importAssets(analyst,
                new ImportAssetsCommand(InputStream.nullInputStream(), true, ImportMode.CREATE));

        assertThat(report.stored()).isFalse();
        assertThat(report.rows().get(0).status()).isEqualTo(AssetImportReport.Status.VALID);
        assertThat(assets.size()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void an_upsert_updates_the_asset_a_row_names_and_refuses_to_deactivate_one_carrying_open_risks() {
        AssetView kept = create.create(analyst, new CreateAssetCommand(aBareProfile("kept"), Optional.empty()));
        AssetView carrier = create.create(analyst, new CreateAssetCommand(aBareProfile("carrier"), Optional.empty()));
        OpenRisksReadModel oneOnCarrier = (asset, readable, named) -> asset.value() == carrier.id()
                ? new OpenRisksView(1, List.of()) : new OpenRisksView(0, List.of());
        ImportAssetsService upsert = new ImportAssetsService(run, (file, maxRows, sink) -> rowsInFile.forEach(sink),
                assets, references, categories, oneOnCarrier);
        rowsInFile = List.of(
                AssetImportRow.valid(2, aBareProfile("kept"), Map.of("criticality", "critical"), Optional.empty(),
                        Optional.empty(), AssetImportRow.NamedReferences.NONE),
                AssetImportRow.valid(3, aBareProfile("carrier"), Map.of(), Optional.of(false), Optional.empty(),
                        new AssetImportRow.NamedReferences(Optional.of(new AssetId(carrier.id())), Optional.empty(),
                                Optional.empty())));

        AssetImportReport report = upsert.importAssets(analyst,
                new ImportAssetsCommand(InputStream.nullInputStream(), false, ImportMode.UPSERT));

        assertThat(report.rows()).extracting(AssetImportReport.RowOutcome::status)
                .containsExactly(AssetImportReport.Status.UPDATED, AssetImportReport.Status.REFUSED);
        assertThat(report.rows().get(1).errors()).extracting(ImportProblem::field)
                .containsExactly("asset_has_open_risks");
        assertThat(assets.findById(new AssetId(kept.id())).orElseThrow().profile().criticality())
                .isEqualTo(Criticality.CRITICAL);
        assertThat(assets.findById(new AssetId(carrier.id())).orElseThrow().active()).isTrue();
        assertThat(assets.size()).isEqualTo(2);
    }

    @Test
    void an_export_hands_over_every_match_across_pages() {
        for (int i = 0; i < 1_201; i++) {
            create.create(analyst, new CreateAssetCommand(aBareProfile("asset " + i), Optional.empty()));
        }
        export.export(reader, ListAssetsQuery.all()).writeTo(OutputStream.nullOutputStream());

        assertThat(written).hasSize(1_201);
        assertThat(written).extracting(AssetView::id).doesNotHaveDuplicates();
    }

    @Test
    void relationships_need_active_assets_and_are_never_recorded_twice() {
        long app = create.create(analyst, new CreateAssetCommand(aBareProfile("app"), Optional.empty())).id();
        long db = create.create(analyst, new CreateAssetCommand(aBareProfile("db"), Optional.empty())).id();
        CreateAssetRelationshipCommand edge = new CreateAssetRelationshipCommand(new AssetId(app), new AssetId(db),
                RelationshipType.DEPENDS_ON, Optional.empty(), true);
        relate.create(analyst, edge);

        assertThatThrownBy(() -> relate.create(analyst, edge)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("duplicate_relationship"));
        assertThatThrownBy(() -> relate.create(analyst, new CreateAssetRelationshipCommand(new AssetId(app),
                new AssetId(404), RelationshipType.HOSTS, Optional.empty(), false)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("unknown_asset"));
        assertThat(relationships.criticalDependenciesOf(Set.of(new AssetId(app)))).hasSize(1);
    }

    private String codeOf(AssetProfile profile) {
        try {
            create.create(analyst, new CreateAssetCommand(profile, Optional.empty()));
            throw new AssertionError("accepted " + profile);
        } catch (RuleViolationException e) {
            return e.code();
        }
    }
}
