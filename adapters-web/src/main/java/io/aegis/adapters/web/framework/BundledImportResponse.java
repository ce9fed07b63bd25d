package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.BundledImportReport;
import java.util.List;

public record BundledImportResponse(String key, CatalogImportResponse catalog,
                                    List<BaselineImportResponse> baselines) {

    static BundledImportResponse of(BundledImportReport report) {
        return new BundledImportResponse(report.key(), CatalogImportResponse.of(report.catalog()),
                report.baselines().stream().map(BaselineImportResponse::of).toList());
    }
}
