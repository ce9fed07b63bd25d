package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.DeactivateAssetUseCase;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;

public record DeactivateAssetService(UseCaseRunner run, AssetRepository assets, OpenRisksReadModel openRisks)
        implements DeactivateAssetUseCase {

    @Override
    public void deactivate(Actor actor, AssetId id) {
        run.changeIn(actor, Permission.ASSET_WRITE, "asset.deactivate", change -> {
            Asset current = AssetServiceSupport.loadWritable(assets, id, change);
            if (current.active()) {
                AssetServiceSupport.requireNoOpenRisks(openRisks, id, change);
                Asset deactivated = current.deactivate(change.now());
                StaleVersionException.requireWritten(assets.update(deactivated, current.version()),
                        ExpectedVersion.ANY, "asset", id);
                change.auditIn(current.unit(), AssetServiceSupport.RESOURCE, id.value(), AssetView.of(current),
                        AssetView.of(deactivated));
            }
            return null;
        });
    }
}
