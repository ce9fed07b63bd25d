package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.CatalogImportReport;
import java.util.List;

/** What a catalog import did or, in a dry run, would do. */
public record CatalogImportResponse(boolean dryRun, Long frameworkId, String name, String version,
                                    String previousVersion, boolean created, List<String> added,
                                    List<Changed> changed, List<String> withdrawn, long unchanged) {

    public record Changed(String controlId, List<String> fields) {
    }

    static CatalogImportResponse of(CatalogImportReport report) {
        return new CatalogImportResponse(report.dryRun(), report.frameworkId(), report.name(), report.version(),
                report.previousVersion(), report.created(), report.added(),
                report.changed().stream().map(one -> new Changed(one.controlId(), one.fields())).toList(),
                report.withdrawn(), report.unchanged());
    }
}
