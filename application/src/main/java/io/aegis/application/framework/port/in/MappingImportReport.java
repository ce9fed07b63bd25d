package io.aegis.application.framework.port.in;

import java.util.List;

/**
 * What importing a mapping file did, or would do in a dry run. Pairs are matched whichever direction they are stored
 * in; a stored pair whose terms the file changes is updated in its stored direction.
 *
 * @param pairs     how many pairs of controls the file relates
 * @param added     how many pairs are new
 * @param updated   the stored pairs whose terms the file changes, with the fields that differ
 * @param unchanged how many stored pairs the file says nothing new about
 * @param refusedRows what refuses the import (an unknown control, a pair twice); nothing is stored while there
 *                    are any
 * @param skippedRows the rows naming an unknown control, left out when the import was asked to skip them
 */
public record MappingImportReport(boolean dryRun, long sourceFrameworkId, long targetFrameworkId, int pairs,
                                  int added, List<UpdatedPair> updated, int unchanged,
                                  List<RefusedRow> refusedRows, List<RefusedRow> skippedRows) {

    public record UpdatedPair(long mappingId, String source, String target, List<String> fields) {

        public UpdatedPair {
            fields = List.copyOf(fields);
        }
    }

    /** A row refused or skipped, and why. @param entry where the file says it */
    public record RefusedRow(String entry, String code, String message) {
    }

    /** The counts an audit entry keeps instead of the whole file. */
    public record Summary(long sourceFrameworkId, long targetFrameworkId, int pairs, int added, int updated,
                          int unchanged, int skipped) {
    }

    public MappingImportReport {
        updated = List.copyOf(updated);
        refusedRows = List.copyOf(refusedRows);
        skippedRows = List.copyOf(skippedRows);
    }

    public Summary summary() {
        return new Summary(sourceFrameworkId, targetFrameworkId, pairs, added, updated.size(), unchanged,
                skippedRows.size());
    }

    public boolean changesSomething() {
        return added > 0 || !updated.isEmpty();
    }
}
