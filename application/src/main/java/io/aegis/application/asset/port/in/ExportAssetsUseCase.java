package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface ExportAssetsUseCase {

    /** The most assets one export holds; narrow the filters to export more in parts. */
    int MAX_ROWS = 50_000;

    /**
     * Every asset matching the filters of {@code query} (its page is ignored), in the query's order, read in one
     * transaction so the export is one consistent snapshot. Read whole before anything is written, so that the
     * transaction ends before a client reads a byte: a slow reader must not hold the database.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code export_too_large}) when more than
     *                                                       {@link #MAX_ROWS} match
     */
    AssetExport export(Actor actor, ListAssetsQuery query);
}
