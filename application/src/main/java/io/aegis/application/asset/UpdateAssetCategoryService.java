package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.UpdateAssetCategoryCommand;
import io.aegis.application.asset.port.in.UpdateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateAssetCategoryService implements UpdateAssetCategoryUseCase {

    private final AccessGuard guard;
    private final AssetCategoryRepository categories;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateAssetCategoryService(AccessGuard guard, AssetCategoryRepository categories, Transactions transactions, AuditTrail audit,
                                      Clock clock) {
        this.guard = guard;
        this.categories = categories;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AssetCategoryView update(Actor actor, UpdateAssetCategoryCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_category.update");
        return transactions.inTransaction(() -> {
            AssetCategory current = AssetCategoryServiceSupport.load(categories, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "asset category",
                    command.id());
            Instant now = clock.instant();
            AssetCategory changed = current.revise(
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    command.color().orElse(current.color()),
                    command.active().orElse(current.active()),
                    now);
            if (changed.isRenamedFrom(current)) {
                AssetCategoryServiceSupport.requireFree(categories, changed.name(), Optional.of(command.id()));
            }
            StaleVersionException.requireWritten(categories.update(changed, current.version()),
                    command.expectedVersion(), "asset category", command.id());
            AssetCategoryView after = AssetCategoryView.of(changed);
            audit.record(AuditEntry.success(actor, now, "asset_category.update", AssetCategoryServiceSupport.RESOURCE,
                    after.id(), AssetCategoryView.of(current), after));
            return after;
        });
    }
}
