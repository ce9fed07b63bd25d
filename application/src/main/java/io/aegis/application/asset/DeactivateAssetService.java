package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.DeactivateAssetUseCase;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import java.time.Clock;
import java.time.Instant;

public final class DeactivateAssetService implements DeactivateAssetUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateAssetService(AccessGuard guard, AssetRepository assets, Transactions transactions,
                                  AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.assets = assets;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, AssetId id) {
        guard.require(actor, Permission.ASSET_WRITE, "asset.deactivate");
        transactions.inTransaction(() -> {
            Asset current = AssetServiceSupport.load(assets, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            Asset deactivated = current.deactivate(now);
            StaleVersionException.requireWritten(assets.update(deactivated, current.version()),
                    ExpectedVersion.ANY, "asset", id);
            audit.record(AuditEntry.success(actor, now, "asset.deactivate", AssetServiceSupport.RESOURCE, id.value(),
                    AssetView.of(current), AssetView.of(deactivated)));
            return null;
        });
    }
}
