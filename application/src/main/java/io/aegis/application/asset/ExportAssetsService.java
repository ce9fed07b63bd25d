package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ExportAssetsUseCase;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/** Reads the matches page by page through the list's read model, so the export has the list's exact filters. */
public final class ExportAssetsService implements ExportAssetsUseCase {

    private final AccessGuard guard;
    private final AssetReadModel readModel;
    private final Transactions transactions;

    public ExportAssetsService(AccessGuard guard, AssetReadModel readModel, Transactions transactions) {
        this.guard = guard;
        this.readModel = readModel;
        this.transactions = transactions;
    }

    @Override
    public List<AssetView> export(Actor actor, ListAssetsQuery query) {
        guard.require(actor, Permission.ASSET_READ, "asset.export");
        return transactions.inTransaction(() -> {
            Page<AssetView> page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, 0)));
            if (page.total() > MAX_ROWS) {
                throw new RuleViolationException("export_too_large", page.total() + " assets match; one export"
                        + " holds at most " + MAX_ROWS + ": narrow the filters and export in parts");
            }
            List<AssetView> all = new ArrayList<>(page.items());
            while (!page.items().isEmpty() && all.size() < page.total()) {
                page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, all.size())));
                all.addAll(page.items());
            }
            return all;
        });
    }
}
