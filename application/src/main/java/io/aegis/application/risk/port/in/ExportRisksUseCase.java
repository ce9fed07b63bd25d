package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface ExportRisksUseCase {

    /** The most risks one export holds; narrow the filters to export more in parts. */
    int MAX_ROWS = 50_000;

    /**
     * Every risk matching the filter of {@code query} (its page is ignored), in the query's order, read in one
     * transaction so the export is one consistent snapshot, and read whole before anything is written, so that a
     * slow client never holds the database. Needs what the list needs: {@code risk:read}, in the reader's units.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code export_too_large}) when more than
     *                                                       {@link #MAX_ROWS} match
     */
    RiskExport export(Actor actor, ListRisksQuery query);
}
