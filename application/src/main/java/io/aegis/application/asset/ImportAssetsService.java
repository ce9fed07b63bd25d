package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportReport.RowOutcome;
import io.aegis.application.asset.port.in.AssetImportReport.Status;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportAssetsUseCase;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.AssetRowsReader;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports rows as {@link CreateAssetService} creates one asset: the same placement in a unit, reference checks and
 * asset rules (a row naming a unit the actor may not write in is refused as one naming no unit, like an unknown
 * owner), then one audit entry per stored asset (action {@code asset.import}, in its unit), all in one
 * transaction. Rows are checked first and stored after, so all-or-nothing needs no rollback: when it refuses,
 * nothing was written.
 * The file is read row by row before the transaction (a stream can be read once, and the transaction may be run
 * again); the rows read, at most {@link ImportAssetsCommand#MAX_ROWS}, are what it holds in memory.
 */
public record ImportAssetsService(UseCaseRunner run, AssetRowsReader reader, AssetRepository assets,
                                  AssetReferences references, AssetCategoryRepository categories)
        implements ImportAssetsUseCase {

    private static final String ACTION = "asset.import";

    @Override
    public AssetImportReport importAssets(Actor actor, ImportAssetsCommand command) {
        // checked before the upload is read, so that nobody without the permission has a file parsed
        run.requireSomewhere(actor, Permission.ASSET_WRITE, ACTION);
        // read once, before the transaction: a run again after a conflict works on the same rows
        List<AssetImportRow> rows = new ArrayList<>();
        reader.read(command.file(), ImportAssetsCommand.MAX_ROWS, rows::add);
        return run.changeIn(actor, Permission.ASSET_WRITE, ACTION, change -> {
            Instant now = change.now();
            Optional<UserId> creator = actor.userId().map(UserId::new);
            // an import names the same few owners and categories on many rows: look each up once
            Map<UserId, AssetReferences.Standing> owners = new HashMap<>();
            Map<AssetCategoryId, Optional<AssetCategory>> knownCategories = new HashMap<>();
            Map<OrgUnitId, Boolean> activeUnits = new HashMap<>();
            List<Asset> checked = new ArrayList<>();
            List<RowOutcome> outcomes = new ArrayList<>();
            int refused = 0;
            for (AssetImportRow row : rows) {
                List<ImportProblem> problems = new ArrayList<>(row.problems());
                Asset asset = null;
                if (problems.isEmpty()) {
                    try {
                        OrgUnitId unit = UnitPlacement.ofNewRow(change, row.orgUnit(),
                                id -> activeUnits.computeIfAbsent(id, references::activeUnit));
                        AssetServiceSupport.requireReferences(
                                id -> owners.computeIfAbsent(id, references::user),
                                id -> knownCategories.computeIfAbsent(id, categories::findById),
                                Optional.empty(), row.profile());
                        asset = Asset.register(row.profile(), unit, creator, now);
                        asset = row.active() ? asset : asset.deactivate(now);
                    } catch (RuleViolationException e) {
                        problems.add(new ImportProblem(e.code(), e.getMessage()));
                    }
                }
                checked.add(asset);
                refused += problems.isEmpty() ? 0 : 1;
                outcomes.add(new RowOutcome(row.row(), problems.isEmpty() ? Status.VALID : Status.REFUSED, null,
                        problems));
            }
            int accepted = outcomes.size() - refused;
            if (command.allOrNothing() && refused > 0) {
                return new AssetImportReport(accepted, refused, false, outcomes);
            }
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                if (checked.get(i) != null) {
                    Asset stored = assets.insert(checked.get(i));
                    AssetView view = AssetView.of(stored);
                    entries.add(change.successIn(stored.unit(), AssetServiceSupport.RESOURCE, view.id(), null, view));
                    outcomes.set(i, new RowOutcome(outcomes.get(i).row(), Status.CREATED, view.id(), List.of()));
                }
            }
            // one append to the audit chain for the whole import, not one per row
            change.recordAll(entries);
            return new AssetImportReport(accepted, refused, true, outcomes);
        });
    }
}
