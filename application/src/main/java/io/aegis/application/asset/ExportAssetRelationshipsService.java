package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipExport;
import io.aegis.application.asset.port.in.AssetRelationshipFileRow;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ExportAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRelationshipRowsWriter;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the matches page by page through the relationship list's read model (its filters, and both ends within the
 * actor's scope), then the names of their ends in one read, so that the file names each end both ways.
 */
public record ExportAssetRelationshipsService(UseCaseRunner run, AssetRelationshipReadModel readModel,
                                              AssetRepository assets, AssetRelationshipRowsWriter writer)
        implements ExportAssetRelationshipsUseCase {

    @Override
    public AssetRelationshipExport export(Actor actor, ListAssetRelationshipsQuery query) {
        List<AssetRelationshipFileRow> rows = run.consistentReadIn(actor, Permission.ASSET_READ,
                "asset_relationship.export", scope -> {
                    List<AssetRelationshipView> all = new ArrayList<>();
                    Page<AssetRelationshipView> page;
                    do {
                        page = readModel.list(query.withPage(new PageRequest(PageRequest.MAX_LIMIT, all.size())),
                                scope);
                        if (page.total() > MAX_ROWS) {
                            throw new RuleViolationException("export_too_large", page.total() + " relationships"
                                    + " match; one export holds at most " + MAX_ROWS + ": narrow the filters");
                        }
                        all.addAll(page.items());
                    } while (!page.items().isEmpty() && all.size() < page.total());
                    Map<AssetId, Asset> ends = assets.findByIds(all.stream()
                                    .flatMap(edge -> List.of(edge.sourceAssetId(), edge.targetAssetId()).stream())
                                    .map(AssetId::new).collect(Collectors.toSet())).stream()
                            .collect(Collectors.toMap(asset -> asset.id().orElseThrow(), Function.identity()));
                    return all.stream().map(edge -> row(edge, ends.get(new AssetId(edge.sourceAssetId())),
                            ends.get(new AssetId(edge.targetAssetId())))).toList();
                });
        return new AssetRelationshipExport(rows, writer);
    }

    private static AssetRelationshipFileRow row(AssetRelationshipView edge, Asset source, Asset target) {
        return new AssetRelationshipFileRow(edge, source.profile().name().value(), source.profile().type().key(),
                target.profile().name().value(), target.profile().type().key());
    }
}
