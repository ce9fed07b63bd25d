package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.UpdateAssetCommand;
import io.aegis.application.asset.port.in.UpdateAssetUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Optional;

/**
 * Changes an asset of a unit the actor may write in, and may move it: to a unit the actor may write in too
 * ({@link UnitPlacement#requireTarget}), so a move needs the permission where the asset is and where it goes.
 * {@code is_active} restores a deactivated asset, as categories are restored, or deactivates one as a delete does.
 */
public record UpdateAssetService(UseCaseRunner run, AssetRepository assets, AssetReferences references,
                                 AssetCategoryRepository categories, OpenRisksReadModel openRisks)
        implements UpdateAssetUseCase {

    @Override
    public AssetView update(Actor actor, UpdateAssetCommand command) {
        return run.changeIn(actor, Permission.ASSET_WRITE, "asset.update", change -> {
            Asset current = AssetServiceSupport.loadWritable(assets, command.id(), change);
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "asset",
                    command.id());
            OrgUnitId unit = command.moveTo().orElse(current.unit());
            if (!unit.equals(current.unit())) {
                UnitPlacement.requireTarget(change, unit, references::activeUnit);
            }
            AssetProfile profile = command.changes().apply(current.profile());
            AssetServiceSupport.requireReferences(references, categories, Optional.of(current.profile()), profile);
            Asset changed = current.revise(profile, unit, command.active().orElse(current.active()), change.now());
            if (changed.deactivates(current)) {
                AssetServiceSupport.requireNoOpenRisks(openRisks, command.id(), change);
            }
            StaleVersionException.requireWritten(assets.update(changed, current.version()),
                    command.expectedVersion(), "asset", command.id());
            AssetView after = AssetView.of(changed);
            change.auditIn(unit, AssetServiceSupport.RESOURCE, after.id(), AssetView.of(current), after);
            return after;
        });
    }
}
