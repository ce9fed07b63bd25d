package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportReport.RowOutcome;
import io.aegis.application.asset.port.in.AssetImportReport.Status;
import io.aegis.application.asset.port.in.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The row-by-row report the imports build: each row valid or refused as it is checked, then created or updated as
 * it is stored, in the file's order.
 */
final class ImportOutcomes {

    private final List<RowOutcome> rows = new ArrayList<>();
    private int refused;

    /** Records the next row's check: valid without problems, refused with them. */
    void checked(int row, List<ImportProblem> problems) {
        rows.add(new RowOutcome(row, problems.isEmpty() ? Status.VALID : Status.REFUSED, null, problems));
        refused += problems.isEmpty() ? 0 : 1;
    }

    /** The report of an all-or-nothing import that met a refused row: nothing is to be stored. */
    Optional<AssetImportReport> refusedWhole(boolean allOrNothing) {
        return allOrNothing && refused > 0 ? Optional.of(report(false)) : Optional.empty();
    }

    /** The row checked {@code index}-th was stored, as {@code id}. */
    void stored(int index, Status status, long id) {
        rows.set(index, new RowOutcome(rows.get(index).row(), status, id, List.of()));
    }

    AssetImportReport report(boolean stored) {
        return new AssetImportReport(rows.size() - refused, refused, stored, rows);
    }
}
