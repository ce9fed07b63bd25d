package io.aegis.application.asset.port.in;

import java.util.List;

/**
 * What an import did, row by row.
 *
 * @param accepted rows that passed every check
 * @param refused  rows that did not, each with its reasons
 * @param stored   whether the accepted rows were stored: false only when all-or-nothing met a refused row
 */
public record AssetImportReport(int accepted, int refused, boolean stored, List<RowOutcome> rows) {

    public AssetImportReport {
        rows = List.copyOf(rows);
    }

    public enum Status {
        /** Stored as a new asset. */
        CREATED,
        /** Matched a stored asset, which it changed ({@link ImportMode#UPSERT}). */
        UPDATED,
        /** Passed every check but was not stored, because another row was refused under all-or-nothing. */
        VALID,
        REFUSED
    }

    /** @param id the asset's id when created or updated, else null */
    public record RowOutcome(int row, Status status, Long id, List<ImportProblem> errors) {

        public RowOutcome {
            errors = List.copyOf(errors);
        }
    }
}
