package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import java.util.function.Consumer;

public interface ExportAssetsUseCase {

    /** The most assets one export holds; narrow the filters to export more in parts. */
    int MAX_ROWS = 50_000;

    /**
     * Hands every asset matching the filters of {@code query} (its page is ignored) to {@code sink}, in the
     * query's order, read in one transaction so the export is one consistent snapshot.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code export_too_large}) when more than
     *                                                       {@link #MAX_ROWS} match; nothing is handed over then
     */
    void export(Actor actor, ListAssetsQuery query, Consumer<AssetView> sink);
}
