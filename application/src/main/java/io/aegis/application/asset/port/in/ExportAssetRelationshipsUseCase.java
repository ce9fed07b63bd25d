package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface ExportAssetRelationshipsUseCase {

    /** The most relationships one export holds; narrow the filters to export more in parts. */
    int MAX_ROWS = 50_000;

    /**
     * Every relationship matching the filters of {@code query} (its page is ignored) whose both ends the actor reads,
     * in the query's order, read in one transaction and whole before anything is written.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code export_too_large}) beyond {@link #MAX_ROWS}
     */
    AssetRelationshipExport export(Actor actor, ListAssetRelationshipsQuery query);
}
