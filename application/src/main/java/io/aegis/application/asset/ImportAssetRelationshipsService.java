package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetImportReport.Status;
import io.aegis.application.asset.port.in.AssetKey;
import io.aegis.application.asset.port.in.AssetRelationshipImportRow;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ImportAssetRelationshipsCommand;
import io.aegis.application.asset.port.in.ImportAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRelationshipRowsReader;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.Change;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records a file's relationships as {@link CreateAssetRelationshipService} records one, under the same scope rules
 * (both ends active and readable, {@code asset:write} in the source's unit), each refusal a row error; the ends are
 * named by id or by name and asset type and looked up in two reads for the whole file. One audit entry per
 * relationship, in its source's unit, all in one transaction; all-or-nothing stores nothing when a row is refused.
 */
public record ImportAssetRelationshipsService(UseCaseRunner run, AssetRelationshipRowsReader reader,
                                              AssetRepository assets, AssetRelationshipRepository relationships)
        implements ImportAssetRelationshipsUseCase {

    private static final String ACTION = "asset_relationship.import";

    @Override
    public AssetImportReport importRelationships(Actor actor, ImportAssetRelationshipsCommand command) {
        run.requireSomewhere(actor, Permission.ASSET_WRITE, ACTION);
        List<AssetRelationshipImportRow> rows = new ArrayList<>();
        reader.read(command.file(), ImportAssetRelationshipsCommand.MAX_ROWS, rows::add);
        return run.changeIn(actor, Permission.ASSET_WRITE, ACTION, change -> {
            Ends ends = Ends.of(rows, assets, actor.scopeOf(Permission.ASSET_READ));
            Set<AssetRelationship> inFile = new HashSet<>();
            List<AssetRelationshipEntry> checked = new ArrayList<>();
            List<Asset> sources = new ArrayList<>();
            ImportOutcomes outcomes = new ImportOutcomes();
            for (AssetRelationshipImportRow row : rows) {
                List<ImportProblem> problems = new ArrayList<>(row.problems());
                AssetRelationshipEntry entry = null;
                Asset source = null;
                if (problems.isEmpty()) {
                    try {
                        source = ends.active(row.source(), "source");
                        requireWritable(change, source);
                        Asset target = ends.active(row.target(), "target");
                        AssetRelationship edge = new AssetRelationship(source.id().orElseThrow(),
                                target.id().orElseThrow(), row.type(), row.critical());
                        if (!inFile.add(edge) || relationships.exists(edge.source(), edge.target(), edge.type())) {
                            throw new RuleViolationException("duplicate_relationship", "asset " + edge.source()
                                    + " already " + edge.type().key() + " asset " + edge.target());
                        }
                        entry = AssetRelationshipEntry.record(edge, row.description(),
                                actor.userId().map(UserId::new), change.now());
                    } catch (RuleViolationException e) {
                        problems.add(new ImportProblem(e.code(), e.getMessage()));
                    }
                }
                checked.add(entry);
                sources.add(source);
                outcomes.checked(row.row(), problems);
            }
            Optional<AssetImportReport> refusedWhole = outcomes.refusedWhole(command.allOrNothing());
            if (refusedWhole.isPresent()) {
                return refusedWhole.get();
            }
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                if (checked.get(i) != null) {
                    AssetRelationshipView view = AssetRelationshipView.of(relationships.insert(checked.get(i)));
                    entries.add(change.successIn(sources.get(i).unit(), AssetRelationshipServiceSupport.RESOURCE,
                            view.id(), null, view));
                    outcomes.stored(i, Status.CREATED, view.id());
                }
            }
            change.recordAll(entries);
            return outcomes.report(true);
        });
    }

    /** A relationship is changed through its source: the change needs {@code asset:write} in its unit. */
    private static void requireWritable(Change change, Asset source) {
        if (!change.scope().includes(source.unit())) {
            throw new RuleViolationException("asset_not_writable", "source asset " + source.id().orElseThrow()
                    + " is in a unit where you may read assets but not change them");
        }
    }

    /** The assets a file's rows name, read once: by id and by name, among those the actor reads. */
    private record Ends(Map<AssetId, Asset> byId, Map<AssetName, List<Asset>> byName) {

        static Ends of(List<AssetRelationshipImportRow> rows, AssetRepository assets, Scope readable) {
            List<AssetKey> keys = rows.stream().filter(row -> row.problems().isEmpty())
                    .flatMap(row -> List.of(row.source(), row.target()).stream()).toList();
            Set<AssetId> ids = keys.stream().flatMap(key -> key.id().stream()).collect(Collectors.toSet());
            Set<AssetName> names = keys.stream().flatMap(key -> key.name().stream()).collect(Collectors.toSet());
            return new Ends(
                    assets.findByIds(ids).stream().filter(asset -> readable.includes(asset.unit()))
                            .collect(Collectors.toMap(asset -> asset.id().orElseThrow(), Function.identity())),
                    assets.findByNames(names).stream().filter(asset -> readable.includes(asset.unit()))
                            .collect(Collectors.groupingBy(asset -> asset.profile().name())));
        }

        /**
         * The active asset {@code key} names: one the actor cannot read is unknown, as one that does not exist.
         *
         * @throws RuleViolationException {@code unknown_asset}, {@code inactive_asset}, {@code ambiguous_asset}
         */
        Asset active(AssetKey key, String end) {
            List<Asset> found = key.id().map(id -> byId.containsKey(id) ? List.of(byId.get(id)) : List.<Asset>of())
                    .orElseGet(() -> byName.getOrDefault(key.name().orElseThrow(), List.of()).stream()
                            .filter(asset -> asset.profile().type() == key.type().orElseThrow()).toList());
            List<Asset> active = found.stream().filter(Asset::active).toList();
            if (found.isEmpty()) {
                throw new RuleViolationException("unknown_asset", end + " " + key + " names no asset");
            }
            if (active.isEmpty()) {
                throw new RuleViolationException("inactive_asset", end + " " + key + " names a deleted asset");
            }
            if (active.size() > 1) {
                throw new RuleViolationException("ambiguous_asset", end + " " + key + " names several assets: name"
                        + " it by id");
            }
            return active.get(0);
        }
    }
}
