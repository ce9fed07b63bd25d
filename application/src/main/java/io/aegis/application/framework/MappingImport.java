package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingImportRefusedException;
import io.aegis.application.framework.port.in.MappingImportReport;
import io.aegis.application.framework.port.in.MappingImportReport.RefusedRow;
import io.aegis.application.framework.port.in.MappingImportReport.UpdatedPair;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Change;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingTerms;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping file's rows against the mappings stored, inside a transaction: every row checked first (both controls
 * known in the frameworks named, else refused or, if asked, skipped; not the same control; no pair twice), then
 * compared by pair whichever direction it
 * is stored in, then stored if asked. A pair stored already takes the file's relationship, and its rationale,
 * confidence and strength where the file gives them (a file that leaves them out keeps what is stored); nothing
 * else is written, so the same file again writes and audits nothing.
 */
final class MappingImport {

    static final String ACTION = "control_mapping.import";

    private final FrameworkId sourceFramework;
    private final FrameworkId targetFramework;
    private final int pairs;
    private final List<RefusedRow> errors = new ArrayList<>();
    private final List<RefusedRow> skipped = new ArrayList<>();
    private final List<NewPair> added = new ArrayList<>();
    private final List<Revision> updated = new ArrayList<>();
    private int unchanged;

    private record NewPair(ControlId source, ControlId target, MappingTerms terms) {
    }

    /** A stored mapping, the file's terms as read from {@code from}, and the names the report gives the pair. */
    private record Revision(ControlMapping stored, ControlId from, MappingTerms terms, String source, String target) {
    }

    private record Resolved(MappingFileRow row, ControlView source, ControlView target) {

        ControlId sourceId() {
            return new ControlId(source.id());
        }

        ControlId targetId() {
            return new ControlId(target.id());
        }
    }

    private MappingImport(FrameworkId sourceFramework, FrameworkId targetFramework, int pairs) {
        this.sourceFramework = sourceFramework;
        this.targetFramework = targetFramework;
        this.pairs = pairs;
    }

    /** Checks {@code rows} and compares them with what is stored, reading only. */
    static MappingImport compare(List<MappingFileRow> rows, FrameworkId sourceFramework, FrameworkId targetFramework,
                                 boolean skipUnknown, FrameworkReadModel frameworks, ControlReadModel controls,
                                 ControlMappingRepository mappings) {
        requireFramework(frameworks, sourceFramework, "source_framework_id");
        requireFramework(frameworks, targetFramework, "target_framework_id");
        MappingImport mappingImport = new MappingImport(sourceFramework, targetFramework, rows.size());
        ControlRefs sources = new ControlRefs(controls.outline(sourceFramework));
        ControlRefs targets = sourceFramework.equals(targetFramework) ? sources
                : new ControlRefs(controls.outline(targetFramework));
        List<Resolved> resolved = mappingImport.resolve(rows, sources, targets, skipUnknown);
        mappingImport.compare(resolved, mappings);
        return mappingImport;
    }

    private static void requireFramework(FrameworkReadModel frameworks, FrameworkId id, String field) {
        if (frameworks.find(id).isEmpty()) {
            throw new RuleViolationException("unknown_framework", field + " " + id + " names no framework");
        }
    }

    private List<Resolved> resolve(List<MappingFileRow> rows, ControlRefs sources, ControlRefs targets,
                                   boolean skipUnknown) {
        List<RefusedRow> unknown = skipUnknown ? skipped : errors;
        List<Resolved> resolved = new ArrayList<>();
        Map<Set<Long>, String> seen = new HashMap<>();
        for (MappingFileRow row : rows) {
            Optional<ControlView> source = sources.resolve(row.sourceRef());
            Optional<ControlView> target = targets.resolve(row.targetRef());
            if (source.isEmpty()) {
                unknown.add(new RefusedRow(row.entry(), "unknown_control", "source " + row.sourceRef()
                        + " names no control of framework " + sourceFramework));
            }
            if (target.isEmpty()) {
                unknown.add(new RefusedRow(row.entry(), "unknown_control", "target " + row.targetRef()
                        + " names no control of framework " + targetFramework));
            }
            if (source.isEmpty() || target.isEmpty()) {
                continue;
            }
            if (source.get().id() == target.get().id()) {
                errors.add(new RefusedRow(row.entry(), "self_mapping", row.sourceRef() + " is mapped to itself"));
                continue;
            }
            String earlier = seen.putIfAbsent(Set.of(source.get().id(), target.get().id()), row.entry());
            if (earlier != null) {
                errors.add(new RefusedRow(row.entry(), "duplicate_pair", row.sourceRef() + " and " + row.targetRef()
                        + " are mapped already by " + earlier));
                continue;
            }
            resolved.add(new Resolved(row, source.get(), target.get()));
        }
        return resolved;
    }

    private void compare(List<Resolved> rows, ControlMappingRepository mappings) {
        Map<Set<ControlId>, ControlMapping> stored = new HashMap<>();
        Set<ControlId> ends = new HashSet<>();
        rows.forEach(row -> ends.add(row.sourceId()));
        for (ControlMapping mapping : mappings.touching(ends)) {
            stored.put(Set.of(mapping.source(), mapping.target()), mapping);
        }
        for (Resolved row : rows) {
            ControlMapping existing = stored.get(Set.of(row.sourceId(), row.targetId()));
            if (existing == null) {
                added.add(new NewPair(row.sourceId(), row.targetId(), row.row().terms()));
                continue;
            }
            MappingTerms current = existing.termsFrom(row.sourceId());
            MappingTerms next = current.updatedBy(row.row().terms());
            if (next.equals(current)) {
                unchanged++;
            } else {
                updated.add(new Revision(existing, row.sourceId(), next, row.source().controlId(),
                        row.target().controlId()));
            }
        }
    }

    /** What the import would do, nothing stored. */
    MappingImportReport dryRun() {
        return report(true);
    }

    /**
     * Stores what differs and audits it in {@code change}'s transaction, as one entry of counts.
     *
     * @throws MappingImportRefusedException when a row was refused: nothing is stored
     */
    MappingImportReport store(Change change, ControlMappingRepository mappings) {
        if (!errors.isEmpty()) {
            throw new MappingImportRefusedException(errors);
        }
        Optional<UserId> actor = change.actor().userId().map(UserId::new);
        mappings.insertAll(added.stream().map(pair -> ControlMapping.record(pair.source(), pair.target(),
                pair.terms(), actor, change.now())).toList());
        List<ControlMapping> revised = updated.stream()
                .map(revision -> revision.stored().reviseFrom(revision.from(), revision.terms(), change.now()))
                .toList();
        StaleVersionException.requireWritten(mappings.updateAll(revised, updated.stream()
                .map(revision -> revision.stored().version()).toList()), ExpectedVersion.ANY,
                ControlMappingServiceSupport.RESOURCE, "of the import");
        MappingImportReport report = report(false);
        if (report.changesSomething()) {
            // one entry for the file, on the framework its sources belong to, rather than one per pair
            change.audit(FrameworkServiceSupport.RESOURCE, sourceFramework.value(), null, report.summary());
        }
        return report;
    }

    private MappingImportReport report(boolean dryRun) {
        return new MappingImportReport(dryRun, sourceFramework.value(), targetFramework.value(), pairs, added.size(),
                updated.stream().map(revision -> new UpdatedPair(revision.stored().id().orElseThrow().value(),
                        revision.source(), revision.target(), ControlMapping.differences(
                                revision.stored().termsFrom(revision.from()), revision.terms()))).toList(),
                unchanged, errors, skipped);
    }
}
