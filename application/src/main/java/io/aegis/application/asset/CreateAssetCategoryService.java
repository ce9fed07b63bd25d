package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.CreateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateAssetCategoryService implements CreateAssetCategoryUseCase {

    private final AccessGuard guard;
    private final AssetCategoryRepository categories;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateAssetCategoryService(AccessGuard guard, AssetCategoryRepository categories, Transactions transactions, AuditTrail audit,
                                      Clock clock) {
        this.guard = guard;
        this.categories = categories;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AssetCategoryView create(Actor actor, CreateAssetCategoryCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_category.create");
        return transactions.inTransaction(() -> {
            AssetCategoryServiceSupport.requireFree(categories, command.name(), Optional.empty());
            Instant now = clock.instant();
            AssetCategory created = categories.insert(
                    AssetCategory.define(command.name(), command.description(), command.color(), now));
            AssetCategoryView view = AssetCategoryView.of(created);
            audit.record(AuditEntry.success(actor, now, "asset_category.create", AssetCategoryServiceSupport.RESOURCE,
                    view.id(), null, view));
            return view;
        });
    }
}
