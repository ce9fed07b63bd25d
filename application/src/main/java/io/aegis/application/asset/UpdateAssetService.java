package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.UpdateAssetCommand;
import io.aegis.application.asset.port.in.UpdateAssetUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateAssetService implements UpdateAssetUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;
    private final AssetReferences references;
    private final AssetCategoryRepository categories;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateAssetService(AccessGuard guard, AssetRepository assets, AssetReferences references,
                              AssetCategoryRepository categories, Transactions transactions, AuditTrail audit,
                              Clock clock) {
        this.guard = guard;
        this.assets = assets;
        this.references = references;
        this.categories = categories;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AssetView update(Actor actor, UpdateAssetCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset.update");
        return transactions.inTransaction(() -> {
            Asset current = AssetServiceSupport.load(assets, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "asset",
                    command.id());
            AssetProfile profile = command.changes().apply(current.profile());
            AssetServiceSupport.requireReferences(references, categories, Optional.of(current.profile()), profile);
            Instant now = clock.instant();
            Asset changed = current.revise(profile, now);
            StaleVersionException.requireWritten(assets.update(changed, current.version()),
                    command.expectedVersion(), "asset", command.id());
            AssetView after = AssetView.of(changed);
            audit.record(AuditEntry.success(actor, now, "asset.update", AssetServiceSupport.RESOURCE, after.id(),
                    AssetView.of(current), after));
            return after;
        });
    }
}
