package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.BaselineImportReport;
import java.util.List;

public record BaselineImportResponse(long baselineId, long frameworkId, String name, String version, boolean created,
                                     int selected, List<String> unknownControlIds) {

    static BaselineImportResponse of(BaselineImportReport report) {
        return new BaselineImportResponse(report.baselineId(), report.frameworkId(), report.name(), report.version(),
                report.created(), report.selected(), report.unknownControlIds());
    }
}
