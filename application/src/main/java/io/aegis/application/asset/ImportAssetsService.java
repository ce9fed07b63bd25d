package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportReport.Status;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ImportAssetsCommand;
import io.aegis.application.asset.port.in.ImportAssetsUseCase;
import io.aegis.application.asset.port.in.ImportMode;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.AssetRowsReader;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports rows as {@link CreateAssetService} creates one asset and, with {@link ImportMode#UPSERT}, as
 * {@link UpdateAssetService} changes one that a row matches (by {@code id}, else by name and asset type among the
 * assets the actor reads): the same placement in a unit, reference checks and asset rules, each refusal a row
 * error (a row naming a unit the actor may not write in is refused as one naming no unit, like an unknown owner).
 * With {@link ImportMode#CREATE} a row that matches is refused ({@code duplicate_asset}). One audit entry per stored
 * asset (action {@code asset.import}, in its unit), all in one transaction. Rows are checked first and stored
 * after, so all-or-nothing needs no rollback: when it refuses, nothing was written.
 * The file is read row by row before the transaction (a stream can be read once, and the transaction may be run
 * again); the rows read, at most {@link ImportAssetsCommand#MAX_ROWS}, are what it holds in memory.
 */
public record ImportAssetsService(UseCaseRunner run, AssetRowsReader reader, AssetRepository assets,
                                  AssetReferences references, AssetCategoryRepository categories,
                                  OpenRisksReadModel openRisks) implements ImportAssetsUseCase {

    private static final String ACTION = "asset.import";
    /** Rows stored per round of statements: few statements, and lists of bounded size however long the file. */
    private static final int STORED_AT_ONCE = 500;

    @Override
    public AssetImportReport importAssets(Actor actor, ImportAssetsCommand command) {
        // checked before the upload is read, so that nobody without the permission has a file parsed
        run.requireSomewhere(actor, Permission.ASSET_WRITE, ACTION);
        // read once, before the transaction: a run again after a conflict works on the same rows
        List<AssetImportRow> rows = new ArrayList<>();
        reader.read(command.file(), ImportAssetsCommand.MAX_ROWS, rows::add);
        return run.changeIn(actor, Permission.ASSET_WRITE, ACTION,
                change -> new Run(change, command.mode(), ImportLookups.of(rows, assets, categories, references,
                        actor.scopeOf(Permission.ASSET_READ))).importRows(rows, command.allOrNothing()));
    }

    /** One run of the import's transaction, with what it looks up once for every row. */
    private final class Run {

        private final Change change;
        private final ImportMode mode;
        private final ImportLookups lookups;
        private final Optional<UserId> creator;
        // an import names the same few owners, categories and units on many rows: look each up once
        private final Map<UserId, AssetReferences.Standing> owners = new HashMap<>();
        private final Map<AssetCategoryId, Optional<AssetCategory>> knownCategories = new HashMap<>();
        private final Map<OrgUnitId, Boolean> activeUnits = new HashMap<>();
        /** What the rows checked so far create (by name and type) or update (by id): a second row is refused. */
        private final Set<Object> taken = new HashSet<>();

        Run(Change change, ImportMode mode, ImportLookups lookups) {
            this.change = change;
            this.mode = mode;
            this.lookups = lookups;
            this.creator = change.actor().userId().map(UserId::new);
        }

        AssetImportReport importRows(List<AssetImportRow> rows, boolean allOrNothing) {
            List<Planned> plans = new ArrayList<>();
            ImportOutcomes outcomes = new ImportOutcomes();
            for (AssetImportRow row : rows) {
                List<ImportProblem> problems = new ArrayList<>(row.problems());
                Planned plan = null;
                if (problems.isEmpty()) {
                    try {
                        plan = plan(row);
                    } catch (RuleViolationException | ConflictException e) {
                        problems.add(new ImportProblem(e.code(), e.getMessage()));
                    } catch (InvalidValueException e) {
                        problems.add(new ImportProblem(e.field(), e.getMessage()));
                    }
                }
                plans.add(plan);
                outcomes.checked(row.row(), problems);
            }
            return outcomes.refusedWhole(allOrNothing).orElseGet(() -> {
                store(plans, outcomes);
                return outcomes.report(true);
            });
        }

        private Planned plan(AssetImportRow row) {
            Optional<Asset> match = lookups.match(row);
            if (mode == ImportMode.UPSERT && row.references().id().isPresent() && match.isEmpty()) {
                throw new RuleViolationException("unknown_asset", "id " + row.references().id().get()
                        + " names no asset you may read");
            }
            if (mode == ImportMode.CREATE && match.isPresent()) {
                throw new RuleViolationException("duplicate_asset", "the row is asset " + match.get().id().orElseThrow()
                        + " (by id, or by name and asset type): import with mode=upsert to update it");
            }
            Planned plan = match.isPresent() ? update(row, match.get()) : create(row);
            if (!taken.add(plan.key())) {
                throw new RuleViolationException("duplicate_row", "an earlier row of the file is the same asset");
            }
            return plan;
        }

        private Planned create(AssetImportRow row) {
            AssetProfile profile = lookups.withNamedReferences(row.profile(), row);
            OrgUnitId unit = UnitPlacement.ofNewRow(change, row.orgUnit(), this::activeUnit);
            requireReferences(Optional.empty(), profile);
            Asset asset = Asset.register(profile, unit, creator, change.now());
            return new Planned(null, row.active().orElse(true) ? asset : asset.deactivate(change.now()));
        }

        private Planned update(AssetImportRow row, Asset current) {
            AssetId id = current.id().orElseThrow();
            if (!change.scope().includes(current.unit())) {
                throw new RuleViolationException("asset_not_writable", "asset " + id + " is in a unit where you may"
                        + " read assets but not change them");
            }
            List<InvalidValueException> refused = new ArrayList<>();
            AssetProfile profile = AssetProfileFields.patch(current.profile(), row.cells(), refused);
            if (!refused.isEmpty()) {
                throw refused.get(0);
            }
            profile = lookups.withNamedReferences(profile, row);
            OrgUnitId unit = row.orgUnit().orElse(current.unit());
            if (!unit.equals(current.unit())) {
                UnitPlacement.requireTarget(change, unit, this::activeUnit);
            }
            requireReferences(Optional.of(current.profile()), profile);
            Asset changed = current.revise(profile, unit, row.active().orElse(current.active()), change.now());
            if (changed.deactivates(current)) {
                AssetServiceSupport.requireNoOpenRisks(openRisks, id, change);
            }
            return new Planned(current, changed);
        }

        private void requireReferences(Optional<AssetProfile> before, AssetProfile after) {
            AssetServiceSupport.requireReferences(id -> owners.computeIfAbsent(id, references::user),
                    id -> knownCategories.computeIfAbsent(id, categories::findById), before, after);
        }

        private boolean activeUnit(OrgUnitId id) {
            return activeUnits.computeIfAbsent(id, references::activeUnit);
        }

        /** What the checked rows change, {@link #STORED_AT_ONCE} plans at a time, in the file's order. */
        private void store(List<Planned> plans, ImportOutcomes outcomes) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                if (plans.get(i) != null) {
                    indexes.add(i);
                }
            }
            for (int from = 0; from < indexes.size(); from += STORED_AT_ONCE) {
                store(indexes.subList(from, Math.min(from + STORED_AT_ONCE, indexes.size())), plans, outcomes);
            }
        }

        /**
         * New assets in one multi-row insert (their ids come back with it), changed ones in one batch, and one append
         * to the audit trail of their entries, in the rows' order.
         */
        private void store(List<Integer> indexes, List<Planned> plans, ImportOutcomes outcomes) {
            List<Planned> chunk = indexes.stream().map(plans::get).toList();
            Iterator<Asset> inserted = assets.insertAll(chunk.stream().filter(Planned::creates).map(Planned::after)
                    .toList()).iterator();
            List<Planned> updates = chunk.stream().filter(plan -> !plan.creates()).toList();
            StaleVersionException.requireWritten(assets.updateAll(updates.stream().map(Planned::after).toList(),
                    updates.stream().map(plan -> plan.before().version()).toList()), ExpectedVersion.ANY, "asset",
                    "of the import");
            List<AuditEntry> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                Planned plan = chunk.get(i);
                Asset stored = plan.creates() ? inserted.next() : plan.after();
                AssetView view = AssetView.of(stored);
                entries.add(change.successIn(stored.unit(), AssetServiceSupport.RESOURCE, view.id(),
                        plan.creates() ? null : AssetView.of(plan.before()), view));
                outcomes.stored(indexes.get(i), plan.creates() ? Status.CREATED : Status.UPDATED, view.id());
            }
            change.recordAll(entries);
        }
    }

    /** @param before the stored asset a row changes, null for a new one */
    private record Planned(Asset before, Asset after) {

        boolean creates() {
            return before == null;
        }

        Object key() {
            return before == null ? List.of(after.profile().name().value(), after.profile().type())
                    : before.id().orElseThrow();
        }
    }
}
