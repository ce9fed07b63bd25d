package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.application.asset.port.in.AssetImportReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The CSV import (asset/import.jte): the form, and after an upload its report, row by row. */
public record ImportPage(Chrome chrome, Optional<Report> report, FormErrors errors) {

    /** @param stored whether the rows accepted were stored (all-or-nothing stores none when one is refused) */
    public record Report(int accepted, int refused, boolean stored, List<Row> rows) {

        static Report of(AssetImportReport report) {
            return new Report(report.accepted(), report.refused(), report.stored(), report.rows().stream()
                    .map(row -> new Row(row.row(), row.status().name().toLowerCase(Locale.ROOT),
                            Optional.ofNullable(row.id()), row.errors().stream()
                            .map(problem -> problem.field() + ": " + problem.message())
                            .collect(Collectors.joining("; "))))
                    .toList());
        }
    }

    /** @param problems what was wrong with the row, field by field; empty for a row accepted */
    public record Row(int row, String status, Optional<Long> assetId, String problems) {
    }
}
