package io.aegis.application.framework;

import static io.aegis.application.framework.FrameworkMother.aControl;
import static io.aegis.application.framework.FrameworkMother.aFramework;
import static io.aegis.application.framework.FrameworkMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.CreateControlMappingCommand;
import io.aegis.application.framework.port.in.EquivalentsView;
import io.aegis.application.framework.port.in.ImportControlMappingsCommand;
import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.in.MappingImportRefusedException;
import io.aegis.application.framework.port.in.MappingImportReport;
import io.aegis.application.framework.port.in.UpdateControlMappingCommand;
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
import io.aegis.application.testing.InMemoryControlMappings;
import io.aegis.application.testing.InMemoryFrameworks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingTerms;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control mappings' use cases on in-memory stores: their rules, permissions and audit entries. */
class ControlMappingServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.500Z");

    private final InMemoryFrameworks frameworks = new InMemoryFrameworks();
    private final InMemoryControlMappings mappings = new InMemoryControlMappings(frameworks);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private int earlierEntries;
    /** The file a test imports, as the reader would have read it. */
    private List<MappingFileRow> file = List.of();

    private final CreateControlMappingService create = new CreateControlMappingService(run, frameworks, mappings,
            mappings);
    private final UpdateControlMappingService update = new UpdateControlMappingService(run, mappings, mappings);
    private final DeleteControlMappingService delete = new DeleteControlMappingService(run, mappings);
    private final GetControlMappingService get = new GetControlMappingService(run, mappings);
    private final GetEquivalentsService equivalents = new GetEquivalentsService(run, mappings);
    private final ImportControlMappingsService importMappings = new ImportControlMappingsService(run,
            (content, format, maxRows) -> file, frameworks, frameworks, mappings);

    private final Actor writer = Actors.withPermissions(Permission.FRAMEWORK_READ, Permission.FRAMEWORK_WRITE);
    private final Actor reader = Actors.withPermissions(Permission.FRAMEWORK_READ);

    private FrameworkId csf;
    private FrameworkId sp;
    private Map<String, ControlId> controls;

    @BeforeEach
    void twoFrameworks() {
        csf = frameworks.insert(aFramework("CSF", "NIST")).id().orElseThrow();
        sp = frameworks.insert(aFramework("800-53", "NIST")).id().orElseThrow();
        List<Control> stored = frameworks.insertAll(List.of(at(csf, aControl("GV.OC-01", null, "Mission"), 0),
                at(csf, aControl("GV.OC-02", null, "Stakeholders"), 1), at(sp, aControl("PM-11", null, "Mission"), 0),
                at(sp, aControl("AC-2(1)", null, "Automated"), 1), at(sp, aControl("AC-3", null, "Enforcement"), 2)));
        controls = stored.stream().collect(Collectors.toMap(control -> control.label().value(),
                control -> control.id().orElseThrow()));
    }

    private ControlId control(String label) {
        return controls.get(label);
    }

    private ControlMappingView map(String source, MappingRelationship relationship, String target) {
        return create.create(writer, new CreateControlMappingCommand(control(source), control(target),
                MappingTerms.of(relationship)));
    }

    private MappingImportReport importRows(boolean skipUnknown, boolean dryRun, MappingFileRow... rows) {
        file = List.of(rows);
        return importMappings.importMappings(writer, new ImportControlMappingsCommand(
                new ByteArrayInputStream(new byte[0]), MappingFormat.CSV, csf, sp, skipUnknown, dryRun));
    }

    private static MappingFileRow row(String entry, String source, String target, MappingTerms terms) {
        return new MappingFileRow(entry, source, target, terms);
    }

    /** The audit entries recorded since the test's set-up, or since {@link #forgetEarlierEntries()}. */
    private List<AuditEntry> entries() {
        List<AuditEntry> all = audit.entries();
        return all.subList(earlierEntries, all.size());
    }

    private void forgetEarlierEntries() {
        earlierEntries = audit.entries().size();
    }

    private List<String> actions() {
        return entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void create_update_and_delete_are_each_audited_with_the_states_before_and_after() {
        ControlMappingView created = map("GV.OC-01", MappingRelationship.SUBSET_OF, "PM-11");
        ControlMappingId id = new ControlMappingId(created.id());

        ControlMappingView changed = update.update(writer, new UpdateControlMappingCommand(id,
                ExpectedVersion.of(created.version()), Patch.set(MappingRelationship.EQUIVALENT), Patch.keep(),
                Patch.set(MappingConfidence.HIGH), Patch.keep()));
        delete.delete(writer, id);

        assertThat(created.source().controlId()).isEqualTo("GV.OC-01");
        assertThat(created.target().frameworkName()).isEqualTo("800-53");
        assertThat(changed.mappingType()).isEqualTo("equivalent");
        assertThat(changed.confidenceLevel()).isEqualTo("high");
        assertThat(actions()).containsExactly("control_mapping.create", "control_mapping.update",
                "control_mapping.delete");
        AuditEntry updated = entries().get(1);
        assertThat(((ControlMappingView) updated.before()).mappingType()).isEqualTo("subset_of");
        assertThat(((ControlMappingView) updated.after()).mappingType()).isEqualTo("equivalent");
        assertThat(entries().get(2).after()).isNull();
        assertThatThrownBy(() -> get.get(reader, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_pair_is_mapped_once_whichever_end_it_is_recorded_from() {
        map("GV.OC-01", MappingRelationship.SUBSET_OF, "PM-11");

        assertThatThrownBy(() -> map("PM-11", MappingRelationship.SUPERSET_OF, "GV.OC-01"))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "duplicate_mapping");
        assertThatThrownBy(() -> map("GV.OC-01", MappingRelationship.EQUAL, "GV.OC-01"))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "self_mapping");
        assertThatThrownBy(() -> create.create(writer, new CreateControlMappingCommand(control("PM-11"),
                new ControlId(999), MappingTerms.of(MappingRelationship.EQUAL))))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown_control");
        assertThat(actions()).containsExactly("control_mapping.create");
    }

    @Test
    void a_stale_version_is_refused_and_the_same_terms_change_and_audit_nothing() {
        ControlMappingView created = map("GV.OC-01", MappingRelationship.SUBSET_OF, "PM-11");
        ControlMappingId id = new ControlMappingId(created.id());

        assertThatThrownBy(() -> update.update(writer, new UpdateControlMappingCommand(id,
                ExpectedVersion.of(created.version().minusSeconds(1)), Patch.set(MappingRelationship.EQUAL),
                Patch.keep(), Patch.keep(), Patch.keep()))).isInstanceOf(StaleVersionException.class);
        ControlMappingView same = update.update(writer, new UpdateControlMappingCommand(id, ExpectedVersion.ANY,
                Patch.set(MappingRelationship.SUBSET_OF), Patch.keep(), Patch.keep(), Patch.keep()));

        assertThat(same.version()).isEqualTo(created.version());
        assertThat(actions()).containsExactly("control_mapping.create");
    }

    @Test
    void a_reader_reads_but_every_change_is_refused_and_audited_as_denied() {
        ControlMappingView created = map("GV.OC-01", MappingRelationship.SUBSET_OF, "PM-11");
        forgetEarlierEntries();
        ControlMappingId id = new ControlMappingId(created.id());

        assertThat(get.get(reader, id).id()).isEqualTo(created.id());
        assertThatThrownBy(() -> create.create(reader, new CreateControlMappingCommand(control("GV.OC-02"),
                control("AC-3"), MappingTerms.of(MappingRelationship.RELATED)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> update.update(reader, new UpdateControlMappingCommand(id, ExpectedVersion.ANY,
                Patch.set(MappingRelationship.EQUAL), Patch.keep(), Patch.keep(), Patch.keep())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> delete.delete(reader, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> importMappings.importMappings(reader, new ImportControlMappingsCommand(
                new ByteArrayInputStream(new byte[0]), MappingFormat.OSCAL, csf, sp, false, false)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(Actors.nobody(), id)).isInstanceOf(ForbiddenException.class);

        assertThat(entries()).extracting(AuditEntry::outcome).containsOnly(AuditEntry.Outcome.DENIED);
        assertThat(actions()).containsExactly("control_mapping.create", "control_mapping.update",
                "control_mapping.delete", "control_mapping.import", "control_mapping.read");
    }

    @Test
    void equivalents_read_the_mappings_once_a_step_and_compose_through_an_inverse() {
        map("GV.OC-01", MappingRelationship.EQUAL, "PM-11");
        map("AC-2(1)", MappingRelationship.SUBSET_OF, "PM-11");

        EquivalentsView view = equivalents.equivalents(reader, control("GV.OC-01"), 3);

        assertThat(view.control().controlId()).isEqualTo("GV.OC-01");
        assertThat(view.equivalents()).extracting(reached -> reached.control().controlId())
                .containsExactly("PM-11", "AC-2(1)");
        EquivalentsView.Equivalent enhancement = view.equivalents().get(1);
        assertThat(enhancement.relationship()).isEqualTo("superset_of");
        assertThat(enhancement.coverage()).isEqualTo("full");
        assertThat(enhancement.path()).extracting(EquivalentsView.Step::relationship)
                .containsExactly("equal", "superset_of");
        // one read per step: the start, PM-11, then AC-2(1), which leads nowhere new
        assertThat(mappings.walkReads()).containsExactly(Set.of(control("GV.OC-01")), Set.of(control("PM-11")),
                Set.of(control("AC-2(1)")));
        assertThatThrownBy(() -> equivalents.equivalents(reader, new ControlId(999), 3))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_import_adds_matches_pairs_either_way_and_the_same_file_again_changes_and_audits_nothing() {
        map("PM-11", MappingRelationship.SUBSET_OF, "GV.OC-02");
        forgetEarlierEntries();
        MappingTerms superset = MappingTerms.of(MappingRelationship.SUPERSET_OF);
        MappingFileRow[] rows = {row("line 2", "gv.oc-01", "pm-11", superset),
            row("line 3", "GV.OC-01", "ac-2.1", superset), row("line 4", "GV.OC-02", "PM-11", superset)};

        MappingImportReport dryRun = importRows(false, true, rows);
        assertThat(entries()).isEmpty();
        MappingImportReport stored = importRows(false, false, rows);
        MappingImportReport again = importRows(false, false, rows);

        assertThat(dryRun.added()).isEqualTo(2);
        assertThat(dryRun.unchanged()).as("GV.OC-02 superset_of PM-11 is the stored PM-11 subset_of GV.OC-02")
                .isEqualTo(1);
        assertThat(stored.added()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("control_mapping.import");
            assertThat(entry.resourceType()).isEqualTo("framework");
            assertThat(entry.resourceId()).isEqualTo(csf.value());
            assertThat(entry.after()).isEqualTo(new MappingImportReport.Summary(csf.value(), sp.value(), 3, 2, 0, 1,
                    0));
        });
    }

    @Test
    void a_file_changing_a_stored_pair_updates_it_in_its_own_direction_and_keeps_what_the_file_leaves_out() {
        ControlMappingView stored = create.create(writer, new CreateControlMappingCommand(control("PM-11"),
                control("GV.OC-01"), new MappingTerms(MappingRelationship.SUBSET_OF, Optional.empty(),
                Optional.of(MappingConfidence.LOW), Optional.empty())));

        MappingImportReport report = importRows(false, false, row("line 2", "GV.OC-01", "PM-11",
                MappingTerms.of(MappingRelationship.EQUAL)));

        assertThat(report.updated()).singleElement().satisfies(pair -> {
            assertThat(pair.mappingId()).isEqualTo(stored.id());
            assertThat(pair.fields()).containsExactly("mapping_type");
        });
        ControlMappingView after = get.get(reader, new ControlMappingId(stored.id()));
        assertThat(after.sourceControlId()).isEqualTo(control("PM-11").value());
        assertThat(after.mappingType()).isEqualTo("equal");
        assertThat(after.confidenceLevel()).isEqualTo("low");
    }

    @Test
    void unknown_controls_refuse_the_file_unless_skipped_and_a_pair_twice_always_does() {
        MappingTerms related = MappingTerms.of(MappingRelationship.RELATED);
        MappingFileRow known = row("line 2", "GV.OC-01", "PM-11", related);
        MappingFileRow unknown = row("line 3", "GV.OC-01", "SA-24", related);

        assertThatThrownBy(() -> importRows(false, false, known, unknown))
                .isInstanceOf(MappingImportRefusedException.class)
                .satisfies(e -> assertThat(((MappingImportRefusedException) e).refusedRows())
                        .extracting(MappingImportReport.RefusedRow::entry).containsExactly("line 3"));
        assertThat(importRows(false, true, known, unknown).refusedRows()).hasSize(1);
        assertThat(mappings.touching(List.of(control("PM-11")))).isEmpty();

        MappingImportReport skipping = importRows(true, false, known, unknown);

        assertThat(skipping.added()).isEqualTo(1);
        assertThat(skipping.skippedRows()).extracting(MappingImportReport.RefusedRow::code)
                .containsExactly("unknown_control");
        assertThatThrownBy(() -> importRows(true, false, known, row("line 4", "gv.oc-01", "pm-11", related)))
                .isInstanceOf(MappingImportRefusedException.class);
        assertThatThrownBy(() -> importMappings.importMappings(writer, new ImportControlMappingsCommand(
                new ByteArrayInputStream(new byte[0]), MappingFormat.CSV, csf, new FrameworkId(999), false, false)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown_framework");
    }
}
