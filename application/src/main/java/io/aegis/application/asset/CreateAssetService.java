package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateAssetService implements CreateAssetUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;
    private final AssetReferences references;
    private final AssetCategoryRepository categories;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateAssetService(AccessGuard guard, AssetRepository assets, AssetReferences references,
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
    public AssetView create(Actor actor, CreateAssetCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset.create");
        return transactions.inTransaction(() -> {
            AssetServiceSupport.requireReferences(references, categories, Optional.empty(), command.profile());
            Instant now = clock.instant();
            Asset created = assets.insert(Asset.register(command.profile(), actor.userId().map(UserId::new), now));
            AssetView view = AssetView.of(created);
            audit.record(AuditEntry.success(actor, now, "asset.create", AssetServiceSupport.RESOURCE, view.id(),
                    null, view));
            return view;
        });
    }
}
