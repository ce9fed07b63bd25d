package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.DeactivateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;

public final class DeactivateAssetCategoryService implements DeactivateAssetCategoryUseCase {

    private final AccessGuard guard;
    private final AssetCategoryRepository categories;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateAssetCategoryService(AccessGuard guard, AssetCategoryRepository categories, Transactions transactions,
                                          AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.categories = categories;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, AssetCategoryId id) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_category.deactivate");
        transactions.inTransaction(() -> {
            AssetCategory current = AssetCategoryServiceSupport.load(categories, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            AssetCategory deactivated = current.deactivate(now);
            StaleVersionException.requireWritten(categories.update(deactivated, current.version()),
                    ExpectedVersion.ANY, "asset category", id);
            audit.record(AuditEntry.success(actor, now, "asset_category.deactivate", AssetCategoryServiceSupport.RESOURCE,
                    id.value(), AssetCategoryView.of(current), AssetCategoryView.of(deactivated)));
            return null;
        });
    }
}
