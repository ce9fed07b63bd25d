package io.aegis.application.framework.port.in;

import java.util.List;

/** What importing a bundled catalog did: the catalog's report, then each of its baselines' (none in a dry run). */
public record BundledImportReport(String key, CatalogImportReport catalog, List<BaselineImportReport> baselines) {

    public BundledImportReport {
        baselines = List.copyOf(baselines);
    }
}
