package io.aegis.application.framework;

import static io.aegis.application.framework.FrameworkMother.aCatalog;
import static io.aegis.application.framework.FrameworkMother.aNewerCatalog;
import static io.aegis.application.framework.FrameworkMother.control;
import static io.aegis.application.framework.FrameworkMother.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.CatalogImportReport.ChangedControl;
import io.aegis.application.framework.port.in.ControlDetailView;
import io.aegis.application.framework.port.in.ControlSummary;
import io.aegis.application.framework.port.in.ControlTreeView;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ImportBaselineCommand;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.application.framework.port.out.BundledCatalogs;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryFrameworks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.500Z");

    private final InMemoryFrameworks store = new InMemoryFrameworks();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final FakeFiles files = new FakeFiles();

    private final ImportCatalogService importCatalog = new ImportCatalogService(run, files, store, store);
    private final ImportBaselineService importBaseline = new ImportBaselineService(run, files, store, store, store);
    private final ImportBundledCatalogService importBundled = new ImportBundledCatalogService(run, files, files, store,
            store, store);
    private final ListBundledCatalogsService listBundled = new ListBundledCatalogsService(run, files);
    private final ListFrameworksService listFrameworks = new ListFrameworksService(run, store);
    private final GetFrameworkService getFramework = new GetFrameworkService(run, store);
    private final ListControlsService listControls = new ListControlsService(run, store, store);
    private final GetControlTreeService tree = new GetControlTreeService(run, store, store);
    private final GetControlService getControl = new GetControlService(run, store);
    private final ListBaselinesService listBaselines = new ListBaselinesService(run, store);

    private final Actor admin = Actors.withPermissions(Permission.FRAMEWORK_READ, Permission.FRAMEWORK_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.FRAMEWORK_READ);

    /** The file formats and the shipped files, as the reader would have parsed them. */
    private static final class FakeFiles implements CatalogReader, BundledCatalogs {

        private final Map<String, FrameworkCatalog> catalogs = new HashMap<>();
        private final Map<String, BaselineProfile> profiles = new HashMap<>();
        private int reads;

        InputStream file(String name) {
            return new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public FrameworkCatalog readCatalog(InputStream file, int maxEntries) {
            reads++;
            String name = text(file);
            if (!catalogs.containsKey(name)) {
                throw new UnreadableCatalogException("not a catalog: " + name);
            }
            return catalogs.get(name);
        }

        @Override
        public BaselineProfile readProfile(InputStream file) {
            reads++;
            return profiles.get(text(file));
        }

        @Override
        public List<Bundled> list() {
            return List.of(new Bundled("sample", "Sample catalog", "public domain", List.of("sample-low")));
        }

        @Override
        public Optional<InputStream> openCatalog(String key) {
            return key.equals("sample") ? Optional.of(file("v1")) : Optional.empty();
        }

        @Override
        public Optional<InputStream> openBaseline(String key) {
            return key.equals("sample-low") ? Optional.of(file("low")) : Optional.empty();
        }

        private static String text(InputStream file) {
            try {
                return new String(file.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    {
        files.catalogs.put("v1", aCatalog("1.0"));
        files.catalogs.put("v2", aNewerCatalog());
        files.profiles.put("low", new BaselineProfile("LOW", "1.0", List.of("AC-1", "AC-2", "ZZ-9")));
        files.profiles.put("none", new BaselineProfile("NONE", null, List.of("ZZ-1")));
    }

    private CatalogImportReport importFile(String name, boolean dryRun) {
        return importCatalog.importCatalog(admin, new ImportCatalogCommand(files.file(name), dryRun));
    }

    private List<String> actions() {
        return audit.entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void a_new_catalog_creates_its_framework_with_every_control_and_one_audit_entry_of_counts() {
        CatalogImportReport report = importFile("v1", false);

        assertThat(report.created()).isTrue();
        assertThat(report.dryRun()).isFalse();
        assertThat(report.added()).containsExactly("AC", "AC-1", "AC-2", "AC-2(1)", "AC-13", "AU", "AU-6");
        assertThat(report.version()).isEqualTo("1.0");
        FrameworkView framework = getFramework.get(reader, new FrameworkId(report.frameworkId()));
        assertThat(framework.name()).isEqualTo("Sample SP 800-53");
        assertThat(framework.organization()).isEqualTo("NIST");
        assertThat(framework.controls()).isEqualTo(new FrameworkView.ControlCounts(5, 4, 2));
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("framework.import");
            assertThat(entry.resourceType()).isEqualTo("framework");
            assertThat(entry.resourceId()).isEqualTo(report.frameworkId());
            assertThat(entry.after()).isEqualTo(report.summary());
            assertThat(report.summary().added()).isEqualTo(7);
        });
    }

    @Test
    void a_dry_run_reports_the_same_and_stores_nothing() {
        CatalogImportReport dry = importFile("v1", true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.frameworkId()).isNull();
        assertThat(dry.added()).hasSize(7);
        assertThat(listFrameworks.list(reader, ListFrameworksQuery.all()).total()).isZero();
        assertThat(audit.entries()).isEmpty();

        importFile("v1", false);
        CatalogImportReport newer = importFile("v2", true);
        assertThat(newer.added()).containsExactly("AU-7");
        assertThat(store.ofFramework(new FrameworkId(1))).extracting(c -> c.label().value()).doesNotContain("AU-7");
        assertThat(actions()).containsExactly("framework.import");
    }

    @Test
    void importing_the_same_catalog_again_changes_and_audits_nothing() {
        importFile("v1", false);
        Instant version = store.ofFramework(new FrameworkId(1)).get(1).version();

        CatalogImportReport again = importFile("v1", false);

        assertThat(again.created()).isFalse();
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.withdrawn()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(again.previousVersion()).isEqualTo("1.0");
        assertThat(store.ofFramework(new FrameworkId(1)).get(1).version()).isEqualTo(version);
        assertThat(actions()).containsExactly("framework.import");
    }

    @Test
    void a_newer_version_updates_in_place_and_reports_added_changed_and_withdrawn() {
        long id = importFile("v1", false).frameworkId();

        CatalogImportReport newer = importFile("v2", false);

        assertThat(newer.frameworkId()).isEqualTo(id);
        assertThat(newer.previousVersion()).isEqualTo("1.0");
        assertThat(newer.version()).isEqualTo("2.0");
        assertThat(newer.added()).containsExactly("AU-7");
        assertThat(newer.changed()).containsExactly(new ChangedControl("AC-1", List.of("title")));
        assertThat(newer.withdrawn()).containsExactly("AC-2(1)", "AU-6");
        assertThat(newer.unchanged()).isEqualTo(4);
        FrameworkView framework = getFramework.get(reader, new FrameworkId(id));
        assertThat(framework.version()).isEqualTo("2.0");
        assertThat(framework.publicationDate()).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(framework.controls()).isEqualTo(new FrameworkView.ControlCounts(6, 3, 2));
        assertThat(actions()).containsExactly("framework.import", "framework.update", "framework.import");
        assertThat(audit.entries().get(1).before()).isInstanceOf(FrameworkView.class);
    }

    @Test
    void a_catalog_that_only_reorders_its_controls_moves_them_and_is_audited_though_nothing_is_reported_changed() {
        long id = importFile("v1", false).frameworkId();
        FrameworkCatalog v1 = aCatalog("1.0");
        List<CatalogEntry> entries = new ArrayList<>(v1.entries());
        Collections.swap(entries, 1, 2);
        files.catalogs.put("reordered", new FrameworkCatalog(v1.name(), v1.version(), v1.organization(),
                v1.publicationDate(), v1.description(), v1.frameworkType(), entries));

        CatalogImportReport reordered = importFile("reordered", false);

        assertThat(reordered.changed()).isEmpty();
        assertThat(reordered.unchanged()).isEqualTo(7);
        assertThat(listControls.list(reader, ListControlsQuery.of(new FrameworkId(id))).items())
                .extracting(control -> control.controlId()).startsWith("AC", "AC-2", "AC-1");
        assertThat(actions()).containsExactly("framework.import", "framework.import");
    }

    @Test
    void a_catalog_whose_controls_form_a_cycle_or_repeat_an_id_is_refused_and_nothing_is_stored() {
        files.catalogs.put("cycle", new FrameworkCatalog("Cyclic", null, null, null, null, "catalog",
                List.of(control("A", "B", "a"), control("B", "A", "b"))));
        files.catalogs.put("twice", new FrameworkCatalog("Twice", null, null, null, null, "catalog",
                List.of(group("A", "a"), control("A-1", "A", "one"), control("A-1", "A", "again"))));

        assertThatThrownBy(() -> importFile("cycle", false)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("control_cycle");
        assertThatThrownBy(() -> importFile("twice", false)).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("duplicate_control_id");
        assertThat(listFrameworks.list(reader, ListFrameworksQuery.all()).total()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void an_unreadable_catalog_or_an_entry_the_domain_refuses_is_an_unreadable_catalog() {
        files.catalogs.put("long", new FrameworkCatalog("Long", null, null, null, null, "catalog",
                List.of(control("A", null, "t".repeat(501)))));

        assertThatThrownBy(() -> importFile("garbage", false)).isInstanceOf(UnreadableCatalogException.class);
        assertThatThrownBy(() -> importFile("long", false)).isInstanceOf(UnreadableCatalogException.class)
                .hasMessageContaining("entry 'A': title");
        assertThat(listFrameworks.list(reader, ListFrameworksQuery.all()).total()).isZero();
    }

    @Test
    void importing_needs_framework_write_everywhere_and_a_refused_file_is_never_read() {
        assertThatThrownBy(() -> importCatalog.importCatalog(reader, new ImportCatalogCommand(files.file("v1"), true)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importBaseline.importBaseline(reader, new ImportBaselineCommand(new FrameworkId(1),
                files.file("low")))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importBundled.importBundled(reader, "sample", false))
                .isInstanceOf(ForbiddenException.class);
        assertThat(files.reads).isZero();
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsOnly(AuditEntry.Outcome.DENIED);
        Actor nobody = Actors.nobody();
        assertThatThrownBy(() -> listFrameworks.list(nobody, ListFrameworksQuery.all()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> getControl.get(nobody, new ControlId(1))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> listBundled.list(nobody)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_baseline_selects_the_framework_controls_it_names_and_reports_the_others() {
        long framework = importFile("v1", false).frameworkId();

        var report = importBaseline.importBaseline(admin, new ImportBaselineCommand(new FrameworkId(framework),
                files.file("low")));

        assertThat(report.created()).isTrue();
        assertThat(report.selected()).isEqualTo(2);
        assertThat(report.unknownControlIds()).containsExactly("ZZ-9");
        assertThat(listBaselines.list(reader, new FrameworkId(framework))).singleElement()
                .satisfies(baseline -> assertThat(baseline.controlCount()).isEqualTo(2));
        assertThat(actions()).containsExactly("framework.import", "baseline.import");

        var again = importBaseline.importBaseline(admin, new ImportBaselineCommand(new FrameworkId(framework),
                files.file("low")));
        assertThat(again.created()).isFalse();
        assertThat(again.baselineId()).isEqualTo(report.baselineId());
        assertThat(actions()).containsExactly("framework.import", "baseline.import");
    }

    @Test
    void a_baseline_matching_no_control_is_refused_and_an_unknown_framework_is_not_found() {
        long framework = importFile("v1", false).frameworkId();

        assertThatThrownBy(() -> importBaseline.importBaseline(admin, new ImportBaselineCommand(
                new FrameworkId(framework), files.file("none")))).isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("no_baseline_controls");
        assertThatThrownBy(() -> importBaseline.importBaseline(admin, new ImportBaselineCommand(new FrameworkId(99),
                files.file("low")))).isInstanceOf(NotFoundException.class);
        assertThat(listBaselines.list(reader, new FrameworkId(framework))).isEmpty();
    }

    @Test
    void a_bundled_catalog_is_listed_and_imported_with_its_baselines_by_key() {
        assertThat(listBundled.list(reader)).singleElement()
                .satisfies(bundled -> assertThat(bundled.baselineKeys()).containsExactly("sample-low"));

        var dry = importBundled.importBundled(admin, "sample", true);
        assertThat(dry.catalog().dryRun()).isTrue();
        assertThat(dry.baselines()).isEmpty();
        assertThat(audit.entries()).isEmpty();

        var report = importBundled.importBundled(admin, "sample", false);
        assertThat(report.catalog().added()).hasSize(7);
        assertThat(report.baselines()).singleElement().satisfies(b -> assertThat(b.name()).isEqualTo("LOW"));
        assertThat(actions()).containsExactly("framework.import", "baseline.import");

        importBundled.importBundled(admin, "sample", false);
        assertThat(actions()).hasSize(2);
        assertThatThrownBy(() -> importBundled.importBundled(admin, "nope", false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_tree_nests_controls_in_catalog_order_and_a_search_keeps_the_matches_and_what_is_above_them() {
        long framework = importFile("v1", false).frameworkId();

        ControlTreeView whole = tree.tree(reader, new FrameworkId(framework), Optional.empty());
        assertThat(whole.matches()).isEqualTo(7);
        assertThat(whole.roots()).extracting(node -> node.control().controlId()).containsExactly("AC", "AU");
        assertThat(whole.roots().get(0).children()).extracting(node -> node.control().controlId())
                .containsExactly("AC-1", "AC-2", "AC-13");
        assertThat(whole.roots().get(0).children().get(1).children()).extracting(node -> node.control().controlId())
                .containsExactly("AC-2(1)");

        ControlTreeView search = tree.tree(reader, new FrameworkId(framework), Optional.of("automated"));
        assertThat(search.matches()).isEqualTo(1);
        assertThat(search.roots()).singleElement().satisfies(ac -> {
            assertThat(ac.control().controlId()).isEqualTo("AC");
            assertThat(ac.children()).singleElement().satisfies(ac2 -> assertThat(ac2.children())
                    .extracting(node -> node.control().controlId()).containsExactly("AC-2(1)"));
        });
        assertThatThrownBy(() -> tree.tree(reader, new FrameworkId(99), Optional.empty()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_control_comes_with_its_parent_children_and_where_it_moved() {
        long framework = importFile("v1", false).frameworkId();
        var controls = listControls.list(reader, ListControlsQuery.of(new FrameworkId(framework))).items();
        long ac2 = controls.get(2).id();
        long ac13 = controls.get(4).id();

        ControlDetailView detail = getControl.get(reader, new ControlId(ac2));
        assertThat(detail.control().controlId()).isEqualTo("AC-2");
        assertThat(detail.parent().controlId()).isEqualTo("AC");
        assertThat(detail.children()).extracting(ControlSummary::controlId).containsExactly("AC-2(1)");
        ControlDetailView withdrawn = getControl.get(reader, new ControlId(ac13));
        assertThat(withdrawn.control().active()).isFalse();
        assertThat(withdrawn.movedToControls()).extracting(ControlSummary::controlId).containsExactly("AC-2", "AU-6");
        assertThatThrownBy(() -> getControl.get(reader, new ControlId(999))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> listControls.list(reader, ListControlsQuery.of(new FrameworkId(99))))
                .isInstanceOf(NotFoundException.class);
    }
}
