package io.aegis.application.framework;

import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.CatalogImportReport.ChangedControl;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.domain.framework.CatalogComparison;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlChange;
import io.aegis.domain.framework.ControlChange.Kind;
import io.aegis.domain.framework.ControlDefinition;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkDetails;
import io.aegis.domain.framework.FrameworkId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalog against the framework it updates (the framework of the same name and organisation; a new one when
 * there is none), inside a transaction: compared first, then stored if asked. Only what differs is written: new
 * controls in multi-row inserts, changed ones in one batch; a catalog stored as it is writes and audits nothing.
 */
final class CatalogImport {

    static final String ACTION = "framework.import";
    static final String UPDATE_ACTION = "framework.update";

    private final Optional<Framework> existing;
    private final FrameworkDetails details;
    private final Map<ControlLabel, Control> stored = new HashMap<>();
    private final List<ControlDefinition> incoming;
    private final CatalogComparison comparison;

    private CatalogImport(Optional<Framework> existing, FrameworkDetails details, List<Control> stored,
                          List<ControlDefinition> incoming) {
        this.existing = existing;
        this.details = details;
        stored.forEach(control -> this.stored.put(control.label(), control));
        this.incoming = incoming;
        this.comparison = CatalogComparison.of(stored.stream().map(Control::definition).toList(), incoming);
    }

    /** Compares {@code catalog} with what is stored, reading only. */
    static CatalogImport compare(FrameworkCatalog catalog, FrameworkRepository frameworks,
                                 ControlRepository controls) {
        FrameworkDetails details = CatalogEntries.details(catalog);
        List<ControlDefinition> incoming = CatalogEntries.definitions(catalog);
        Optional<Framework> existing = frameworks.findByName(details.name(), Optional.ofNullable(details.organization()));
        return new CatalogImport(existing, details, existing.map(framework -> controls.ofFramework(
                framework.id().orElseThrow())).orElse(List.of()), incoming);
    }

    /** What the import would do, nothing stored. */
    CatalogImportReport dryRun() {
        return report(true, existing.map(framework -> framework.id().orElseThrow()));
    }

    /** Stores what differs and audits it in {@code change}'s transaction; nothing when nothing differs. */
    CatalogImportReport store(Change change, FrameworkRepository frameworks, ControlRepository controls) {
        Framework framework = storeFramework(change, frameworks);
        FrameworkId id = framework.id().orElseThrow();
        List<Control> added = new ArrayList<>();
        List<Control> revised = new ArrayList<>();
        List<Control> before = new ArrayList<>();
        Map<ControlLabel, Integer> positions = new HashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            positions.put(incoming.get(i).label(), i);
        }
        for (ControlChange control : comparison.changes()) {
            Control current = stored.get(control.label());
            int position = positions.getOrDefault(control.label(), current == null ? 0 : current.position());
            if (current == null) {
                added.add(Control.add(id, control.after(), position, change.now()));
            } else {
                Control next = current.revise(control.after(), position, change.now());
                if (next != current) {
                    revised.add(next);
                    before.add(current);
                }
            }
        }
        controls.insertAll(added);
        StaleVersionException.requireWritten(controls.updateAll(revised, before.stream().map(Control::version)
                .toList()), ExpectedVersion.ANY, "control", "of the import");
        CatalogImportReport report = report(false, Optional.of(id));
        // a control moved in the catalog's order only is a change too, though the report counts it unchanged
        if (report.changesSomething() || !revised.isEmpty()) {
            change.audit(FrameworkServiceSupport.RESOURCE, id.value(), null, report.summary());
        }
        return report;
    }

    private Framework storeFramework(Change change, FrameworkRepository frameworks) {
        if (existing.isEmpty()) {
            try {
                return frameworks.insert(Framework.adopt(details, change.now()));
            } catch (ConflictException raced) {
                throw new ConflictException("duplicate_value", "another import stored the framework " + details.name()
                        + " while this one ran: import again to update it");
            }
        }
        Framework current = existing.get();
        Framework revised = current.revise(details, change.now());
        if (revised != current) {
            StaleVersionException.requireWritten(frameworks.update(revised, current.version()), ExpectedVersion.ANY,
                    FrameworkServiceSupport.RESOURCE, current.id().orElseThrow());
            change.auditIn(UPDATE_ACTION, null, FrameworkServiceSupport.RESOURCE, revised.id().orElseThrow().value(),
                    FrameworkView.of(current), FrameworkView.of(revised));
        }
        return revised;
    }

    private CatalogImportReport report(boolean dryRun, Optional<FrameworkId> id) {
        return new CatalogImportReport(dryRun, id.map(FrameworkId::value).orElse(null), details.name(),
                details.version(), existing.map(framework -> framework.details().version()).orElse(null),
                existing.isEmpty(), labels(Kind.ADDED),
                comparison.of(Kind.CHANGED).stream().map(control -> new ChangedControl(control.label().value(),
                        control.fields())).toList(),
                labels(Kind.WITHDRAWN), comparison.count(Kind.UNCHANGED));
    }

    private List<String> labels(Kind kind) {
        return comparison.of(kind).stream().map(control -> control.label().value()).toList();
    }
}
