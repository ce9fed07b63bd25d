package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.MappingImportReport;
import java.util.List;

public record MappingImportResponse(boolean dryRun, long sourceFrameworkId, long targetFrameworkId, int pairs,
                                    int added, List<MappingImportReport.UpdatedPair> updated, int unchanged,
                                    List<MappingImportReport.RefusedRow> refusedRows,
                                    List<MappingImportReport.RefusedRow> skippedRows) {

    static MappingImportResponse of(MappingImportReport report) {
        return new MappingImportResponse(report.dryRun(), report.sourceFrameworkId(), report.targetFrameworkId(),
                report.pairs(), report.added(), report.updated(), report.unchanged(), report.refusedRows(), report.skippedRows());
    }
}
