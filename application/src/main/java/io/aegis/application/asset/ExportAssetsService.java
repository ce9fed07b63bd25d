package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetExport;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ExportAssetsUseCase;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.asset.port.out.AssetRowsWriter;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the matches page by page through the list's read model, so the export has the list's exact filters and
 * scope: only the assets of the units the actor may read.
 */
public record ExportAssetsService(UseCaseRunner run, AssetReadModel readModel, AssetRowsWriter writer)
        implements ExportAssetsUseCase {

    @Override
    public AssetExport export(Actor actor, ListAssetsQuery query) {
        List<AssetView> assets = run.consistentReadIn(actor, Permission.ASSET_READ, "asset.export", scope -> {
            Page<AssetView> page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, 0)), scope);
            if (page.total() > MAX_ROWS) {
                throw new RuleViolationException("export_too_large", page.total() + " assets match; one export"
                        + " holds at most " + MAX_ROWS + ": narrow the filters and export in parts");
            }
            List<AssetView> all = new ArrayList<>(page.items());
            while (!page.items().isEmpty() && all.size() < page.total()) {
                page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, all.size())), scope);
                all.addAll(page.items());
            }
            return all;
        });
        return new AssetExport(assets, writer);
    }
}
