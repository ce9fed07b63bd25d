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
import java.util.function.Consumer;

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
    public void export(Actor actor, ListAssetsQuery query, Consumer<AssetView> sink) {
        guard.require(actor, Permission.ASSET_READ, "asset.export");
        transactions.inTransaction(() -> {
            Page<AssetView> page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, 0)));
            if (page.total() > MAX_ROWS) {
                throw new RuleViolationException("export_too_large", page.total() + " assets match; one export"
                        + " holds at most " + MAX_ROWS + ": narrow the filters and export in parts");
            }
            int offset = 0;
            while (true) {
                page.items().forEach(sink);
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    return null;
                }
                page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, offset)));
            }
        });
    }
}
