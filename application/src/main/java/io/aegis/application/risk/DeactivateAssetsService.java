package io.aegis.application.risk;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.DeactivateAssetUseCase;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.AssetDeactivationsView;
import io.aegis.application.risk.port.in.DeactivateAssetsCommand;
import io.aegis.application.risk.port.in.DeactivateAssetsUseCase;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.OpenRiskDisposal;
import io.aegis.application.risk.port.in.RiskChanges;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskUseCase;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Disposes of the open risks of each asset as the command says, through the risk use cases a client would call
 * (an edit of the risk's asset, a lifecycle move to closed), then deactivates the asset through the asset
 * context, which refuses while an open risk is left. Every step joins this one transaction: one refusal anywhere
 * undoes the whole.
 */
public record DeactivateAssetsService(UseCaseRunner run, ListRisksUseCase listRisks, UpdateRiskUseCase updateRisk,
                                      TransitionRiskUseCase transitionRisk, GetAssetUseCase getAsset,
                                      DeactivateAssetUseCase deactivateAsset) implements DeactivateAssetsUseCase {

    @Override
    public AssetDeactivationsView deactivate(Actor actor, DeactivateAssetsCommand command) {
        return run.changeIn(actor, Permission.ASSET_WRITE, "asset.deactivate", change -> {
            command.openRisks().reassignTo().ifPresent(heir -> requireWritable(actor, heir));
            List<Long> reassigned = new ArrayList<>();
            List<Long> closed = new ArrayList<>();
            for (AssetId asset : command.assets()) {
                OpenRiskDisposal disposal = command.openRisks();
                if (disposal.choice() == OpenRiskDisposal.Choice.REASSIGN) {
                    openRisksOn(actor, asset).forEach(risk -> reassigned.add(updateRisk.update(actor,
                            new UpdateRiskCommand(risk, ExpectedVersion.ANY,
                                    RiskChanges.ofAsset(disposal.reassignTo().orElseThrow()), Optional.empty())).id()));
                } else if (disposal.choice() == OpenRiskDisposal.Choice.CLOSE) {
                    openRisksOn(actor, asset).forEach(risk -> closed.add(transitionRisk.transition(actor,
                            new TransitionRiskCommand(risk, RiskStatus.CLOSED, disposal.reason())).id()));
                }
                deactivateAsset.deactivate(actor, asset);
            }
            return new AssetDeactivationsView(command.assets().stream().map(AssetId::value).toList(), reassigned,
                    closed);
        });
    }

    /**
     * The asset risks are reassigned to must be one the actor may change, beyond the risk edit's rule (active and
     * readable, which the edit checks itself): it takes over what the deactivated asset carried.
     */
    private void requireWritable(Actor actor, AssetId heir) {
        AssetView target;
        try {
            target = getAsset.get(actor, heir);
        } catch (NotFoundException e) {
            throw new RuleViolationException("unknown_asset", "asset " + heir + " does not exist or is retired");
        }
        if (!actor.scopeOf(Permission.ASSET_WRITE).includes(new OrgUnitId(target.orgUnitId()))) {
            throw new RuleViolationException("asset_not_writable", "asset " + heir + " is in a unit where you may"
                    + " read assets but not change them, so it cannot take over these risks");
        }
    }

    /**
     * The open risks on {@code asset} the actor reads, every page of them, read before any changes; one the actor
     * may not read stays, and the asset's deactivation then refuses, counting it.
     */
    private List<RiskId> openRisksOn(Actor actor, AssetId asset) {
        RiskFilter onAsset = RiskFilter.active().onAssets(Set.of(asset));
        List<SortOrder<RiskSortField>> byId = List.of(new SortOrder<>(RiskSortField.ID, false));
        List<RiskId> open = new ArrayList<>();
        Page<RiskView> page;
        int offset = 0;
        do {
            page = listRisks.list(actor, new ListRisksQuery(onAsset, byId,
                    new PageRequest(PageRequest.MAX_LIMIT, offset)));
            page.items().stream().filter(risk -> !risk.status().equals(RiskStatus.CLOSED.key()))
                    .forEach(risk -> open.add(new RiskId(risk.id())));
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return open;
    }
}
