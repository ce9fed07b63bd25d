package io.aegis.application.asset;

import static io.aegis.application.asset.AssetMother.aBareProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportReport.Status;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportMode;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.in.UpdateAssetCommand;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipCommand;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Patch;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UseCaseRunner;
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
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.shared.RuleViolationException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scope rule of issue #17 in the asset context: rows of units out of reach are never seen, written or named. */
class AssetScopeServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:00.250Z");

    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private final OrgUnitId unitA = unit("A");
    private final OrgUnitId unitB = unit("B");
    private final OrgUnitTree tree = OrgUnitTree.of(units.parentLinks());

    private final InMemoryAssets assets = new InMemoryAssets();
    private final InMemoryAssetRelationships relationships = new InMemoryAssetRelationships(assets);
    private final InMemoryAssetCategories categories = new InMemoryAssetCategories();
    private final InMemoryAssetReferences references =
            new InMemoryAssetReferences(new InMemoryUsers(new InMemoryRoles()), units);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit, Clock.fixed(NOW,
            ZoneOffset.UTC));

    private final CreateAssetService create = new CreateAssetService(run, assets, references, categories);
    private final GetAssetService get = new GetAssetService(run, assets);
    private final ListAssetsService list = new ListAssetsService(run, assets);
    private final UpdateAssetService update = new UpdateAssetService(run, assets, references, categories,
            AssetServicesTest.NO_OPEN_RISKS);
    private final DeactivateAssetService deactivate = new DeactivateAssetService(run, assets,
            AssetServicesTest.NO_OPEN_RISKS);
    private final List<AssetView> exported = new ArrayList<>();
    private final ExportAssetsService export = new ExportAssetsService(run, assets,
            (views, out) -> exported.addAll(views));
    private List<AssetImportRow> rowsInFile = List.of();
    private final ImportAssetsService importAssets = new ImportAssetsService(run,
            (file, maxRows, sink) -> rowsInFile.forEach(sink), assets, references, categories,
            AssetServicesTest.NO_OPEN_RISKS);
    private final CreateAssetRelationshipService relate = new CreateAssetRelationshipService(run, assets,
            relationships);
    private final GetAssetRelationshipService getRelationship = new GetAssetRelationshipService(run, relationships);
    private final ListAssetRelationshipsService listRelationships = new ListAssetRelationshipsService(run, assets,
            relationships);
    private final UpdateAssetRelationshipService updateRelationship = new UpdateAssetRelationshipService(run, assets,
            relationships);
    private final DeleteAssetRelationshipService deleteRelationship = new DeleteAssetRelationshipService(run, assets,
            relationships);

    private final Actor admin = Actors.withPermissions(Permission.ASSET_READ, Permission.ASSET_WRITE);
    private final Actor analystOfA = Actors.inUnit(tree, unitA, Permission.ASSET_READ, Permission.ASSET_WRITE);
    /** Reads every unit, writes in A only. */
    private final Actor readsAllWritesA = new Actor(Optional.of(9L), "reads all", ScopedPermissions.resolve(
            List.of(new RoleAssignment(new RoleId(1), OrgUnitId.ROOT, true),
                    new RoleAssignment(new RoleId(2), unitA, true)),
            role -> role.value() == 1 ? Set.of(Permission.ASSET_READ) : Set.of(Permission.ASSET_WRITE), tree),
            new RequestOrigin("req-3", "127.0.0.1", "junit", ""));

    @Test
    void a_new_asset_goes_to_the_writers_only_unit_and_its_audit_entry_names_it() {
        AssetView inA = create.create(analystOfA, new CreateAssetCommand(aBareProfile("a"), Optional.empty()));
        AssetView inRoot = create.create(admin, new CreateAssetCommand(aBareProfile("r"), Optional.empty()));

        assertThat(inA.orgUnitId()).isEqualTo(unitA.value());
        assertThat(inRoot.orgUnitId()).isEqualTo(OrgUnitId.ROOT.value());
        assertThat(audit.entries()).extracting(AuditEntry::unit).containsExactly(unitA, OrgUnitId.ROOT);
    }

    @Test
    void a_unit_out_of_scope_is_refused_as_unknown_and_nothing_is_stored() {
        assertThat(codeOf(() -> create.create(analystOfA,
                new CreateAssetCommand(aBareProfile("b"), Optional.of(unitB))))).isEqualTo("unknown_org_unit");
        assertThat(codeOf(() -> create.create(admin,
                new CreateAssetCommand(aBareProfile("x"), Optional.of(new OrgUnitId(99)))))).isEqualTo(
                "unknown_org_unit");
        assertThat(assets.size()).isZero();
    }

    @Test
    void another_units_asset_is_not_found_not_listed_and_not_exported() {
        AssetView ofA = create.create(admin, new CreateAssetCommand(aBareProfile("a"), Optional.of(unitA)));
        AssetView ofB = create.create(admin, new CreateAssetCommand(aBareProfile("b"), Optional.of(unitB)));

        assertThat(get.get(analystOfA, new AssetId(ofA.id())).name()).isEqualTo("a");
        assertThatThrownBy(() -> get.get(analystOfA, new AssetId(ofB.id()))).isInstanceOf(NotFoundException.class);
        assertThat(list.list(analystOfA, ListAssetsQuery.all()).items()).extracting(AssetView::id)
                .containsExactly(ofA.id());
        assertThat(list.list(analystOfA, ListAssetsQuery.all()).total()).isEqualTo(1);
        assertThat(list.list(admin, ListAssetsQuery.all()).total()).isEqualTo(2);
        export.export(analystOfA, ListAssetsQuery.all()).writeTo(OutputStream.nullOutputStream());
        assertThat(exported).extracting(AssetView::id).containsExactly(ofA.id());
    }

    @Test
    void a_row_out_of_write_scope_is_not_found_when_invisible_and_forbidden_when_visible() {
        AssetId ofB = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("b"),
                Optional.of(unitB))).id());

        assertThatThrownBy(() -> update.update(analystOfA, rename(ofB, Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deactivate.deactivate(analystOfA, ofB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(readsAllWritesA, rename(ofB, Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deactivate.deactivate(readsAllWritesA, ofB)).isInstanceOf(ForbiddenException.class);
        assertThat(assets.findById(ofB).orElseThrow().active()).isTrue();
        assertThat(audit.entries()).filteredOn(e -> e.outcome() == AuditEntry.Outcome.DENIED).hasSize(2);
    }

    @Test
    void a_move_needs_the_write_permission_where_the_asset_is_and_where_it_goes() {
        AssetId ofA = new AssetId(create.create(analystOfA, new CreateAssetCommand(aBareProfile("a"),
                Optional.empty())).id());

        assertThat(codeOf(() -> update.update(analystOfA, rename(ofA, Optional.of(unitB)))))
                .isEqualTo("unknown_org_unit");
        assertThat(assets.findById(ofA).orElseThrow().unit()).isEqualTo(unitA);

        AssetView moved = update.update(admin, rename(ofA, Optional.of(unitB)));

        assertThat(moved.orgUnitId()).isEqualTo(unitB.value());
        assertThat(audit.entries()).last().satisfies(entry -> assertThat(entry.unit()).isEqualTo(unitB));
        assertThatThrownBy(() -> get.get(analystOfA, ofA)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_import_places_each_row_and_refuses_a_row_naming_a_unit_out_of_scope_like_an_unknown_owner() {
        rowsInFile = List.of(
                AssetMother.aRow(2, aBareProfile("here"), true, Optional.empty()),
                AssetMother.aRow(3, aBareProfile("there"), true, Optional.of(unitB)),
                AssetMother.aRow(4, aBareProfile("nowhere"), true, Optional.of(new OrgUnitId(99))));

        AssetImportReport report = importAssets.importAssets(analystOfA,
                new ImportAssetsCommand(InputStream.nullInputStream(), false, ImportMode.CREATE));

        assertThat(report.rows()).extracting(AssetImportReport.RowOutcome::status)
                .containsExactly(Status.CREATED, Status.REFUSED, Status.REFUSED);
        assertThat(report.rows().get(1).errors()).extracting(ImportProblem::field).containsExactly("unknown_org_unit");
        assertThat(report.rows().get(2).errors()).extracting(ImportProblem::field).containsExactly("unknown_org_unit");
        assertThat(assets.findById(new AssetId(report.rows().get(0).id())).orElseThrow().unit()).isEqualTo(unitA);
        assertThat(audit.entries()).extracting(AuditEntry::unit).containsExactly(unitA);
    }

    @Test
    void a_relationship_to_an_invisible_asset_is_refused_as_unknown_and_one_is_seen_only_with_both_ends() {
        AssetId a1 = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("a1"),
                Optional.of(unitA))).id());
        AssetId a2 = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("a2"),
                Optional.of(unitA))).id());
        AssetId b1 = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("b1"),
                Optional.of(unitB))).id());

        assertThat(codeOf(() -> relate.create(analystOfA, edge(a1, b1)))).isEqualTo("unknown_asset");
        assertThat(codeOf(() -> relate.create(analystOfA, edge(b1, a1)))).isEqualTo("unknown_asset");
        AssetRelationshipView inA = relate.create(analystOfA, edge(a1, a2));
        AssetRelationshipView acrossUnits = relate.create(admin, edge(a1, b1));

        assertThat(audit.entries()).last().satisfies(entry -> assertThat(entry.unit()).isEqualTo(unitA));
        assertThat(getRelationship.get(analystOfA, new AssetRelationshipId(inA.id())).id()).isEqualTo(inA.id());
        assertThatThrownBy(() -> getRelationship.get(analystOfA, new AssetRelationshipId(acrossUnits.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(listRelationships.list(analystOfA, ListAssetRelationshipsQuery.all()).total()).isEqualTo(1);
        assertThat(listRelationships.list(admin, ListAssetRelationshipsQuery.all()).total()).isEqualTo(2);
        assertThatThrownBy(() -> deleteRelationship.delete(analystOfA, new AssetRelationshipId(acrossUnits.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listRelationships.listOfAsset(analystOfA, new ListAssetRelationshipsQuery(
                Optional.of(b1), ListAssetRelationshipsQuery.all().direction(), Optional.empty(), Optional.empty(),
                Set.of(), Optional.empty(), List.of(), ListAssetRelationshipsQuery.all().page())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_visible_relationship_whose_source_the_actor_may_not_change_is_forbidden() {
        AssetId a1 = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("a1"),
                Optional.of(unitA))).id());
        AssetId b1 = new AssetId(create.create(admin, new CreateAssetCommand(aBareProfile("b1"),
                Optional.of(unitB))).id());
        AssetRelationshipId fromB = new AssetRelationshipId(relate.create(admin, edge(b1, a1)).id());

        assertThatThrownBy(() -> relate.create(readsAllWritesA, new CreateAssetRelationshipCommand(b1, a1,
                RelationshipType.CONNECTS_TO, Optional.empty(), false))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> updateRelationship.update(readsAllWritesA, new UpdateAssetRelationshipCommand(
                fromB, Patch.keep(), Patch.set(true)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deleteRelationship.delete(readsAllWritesA, fromB))
                .isInstanceOf(ForbiddenException.class);
        assertThat(relate.create(readsAllWritesA, edge(a1, b1)).sourceAssetId()).isEqualTo(a1.value());
        assertThat(relationships.findById(fromB)).isPresent();
    }

    @Test
    void categories_are_read_by_a_reader_of_any_unit_and_changed_only_by_a_writer_everywhere() {
        assertThat(new ListAssetCategoriesService(run, categories).list(analystOfA, ListAssetCategoriesQuery.all())
                .total()).isZero();
        assertThatThrownBy(() -> new CreateAssetCategoryService(run, categories).create(analystOfA,
                new CreateAssetCategoryCommand(new AssetCategoryName("Servers"), Optional.empty(), Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
    }

    private OrgUnitId unit(String name) {
        return units.insert(OrgUnit.define(new OrgUnitName(name), OrgUnitId.ROOT, Optional.empty(), NOW)).id()
                .orElseThrow();
    }

    private static UpdateAssetCommand rename(AssetId id, Optional<OrgUnitId> moveTo) {
        return new UpdateAssetCommand(id, ExpectedVersion.ANY, profile -> profile.withLocation("moved"), moveTo,
                Patch.keep());
    }

    private static CreateAssetRelationshipCommand edge(AssetId source, AssetId target) {
        return new CreateAssetRelationshipCommand(source, target, RelationshipType.DEPENDS_ON, Optional.empty(),
                false);
    }

    private static String codeOf(Runnable work) {
        try {
            work.run();
            throw new AssertionError("accepted");
        } catch (RuleViolationException e) {
            return e.code();
        }
    }
}
