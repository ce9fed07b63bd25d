package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * What importing a catalog did, or would do in a dry run, by control id.
 *
 * @param frameworkId     the framework the catalog updates or created; null in a dry run of a new framework
 * @param created         whether the catalog creates a framework (no framework had its name and organisation)
 * @param previousVersion the framework's version before, null for a new framework
 * @param changed         the controls changed, each with the fields that differ
 * @param withdrawn       the controls withdrawn in the catalog or absent from it (kept, inactive)
 * @param unchanged       how many controls are stored as the catalog has them
 */
public record CatalogImportReport(boolean dryRun, Long frameworkId, String name, String version,
                                  String previousVersion, boolean created, List<String> added,
                                  List<ChangedControl> changed, List<String> withdrawn, long unchanged) {

    public record ChangedControl(String controlId, List<String> fields) {

        public ChangedControl {
            fields = List.copyOf(fields);
        }
    }

    /** The counts an audit entry keeps instead of the whole catalog. */
    public record Summary(String name, String version, String previousVersion, boolean created, int added,
                          int changed, int withdrawn, long unchanged) {
    }

    public CatalogImportReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        withdrawn = List.copyOf(withdrawn);
    }

    public Summary summary() {
        return new Summary(name, version, previousVersion, created, added.size(), changed.size(), withdrawn.size(),
                unchanged);
    }

    /** Whether the import stored something (false for a dry run and for a catalog already stored as it is). */
    public boolean changesSomething() {
        return created || !added.isEmpty() || !changed.isEmpty() || !withdrawn.isEmpty();
    }
}
