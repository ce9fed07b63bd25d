package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.CreateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.CreateAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.RuleViolationException;

/**
 * Records an edge between two existing, active assets, both visible to the actor, from a source in a unit the actor
 * may write in. An asset the actor cannot see is refused as one that does not exist ({@code unknown_asset}); a
 * visible source the actor may not change is forbidden. The same edge twice is a 409 here and, should two requests
 * race, the unique index on (source, target, type) refuses the second.
 */
public record CreateAssetRelationshipService(UseCaseRunner run, AssetRepository assets,
                                             AssetRelationshipRepository relationships)
        implements CreateAssetRelationshipUseCase {

    @Override
    public AssetRelationshipView create(Actor actor, CreateAssetRelationshipCommand command) {
        AssetRelationship edge = new AssetRelationship(command.source(), command.target(), command.type(),
                command.critical());
        return run.changeIn(actor, Permission.ASSET_WRITE, "asset_relationship.create", change -> {
            Scope visible = actor.scopeOf(Permission.ASSET_READ);
            Asset source = requireActive(command.source(), "source_asset_id", visible);
            change.requireWithin(source.unit(), Permission.ASSET_WRITE, visible,
                    () -> AssetServiceSupport.notFound(command.source()));
            requireActive(command.target(), "target_asset_id", visible);
            if (relationships.exists(edge.source(), edge.target(), edge.type())) {
                throw new ConflictException("duplicate_relationship", "asset " + edge.source() + " already "
                        + edge.type().key() + " asset " + edge.target());
            }
            AssetRelationshipView view = AssetRelationshipView.of(relationships.insert(AssetRelationshipEntry.record(
                    edge, command.description(), actor.userId().map(UserId::new), change.now())));
            change.auditIn(source.unit(), AssetRelationshipServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }

    private Asset requireActive(AssetId id, String field, Scope visible) {
        Asset asset = assets.findById(id).filter(found -> visible.includes(found.unit()))
                .orElseThrow(() -> new RuleViolationException("unknown_asset", field + " " + id + " names no asset"));
        if (!asset.active()) {
            throw new RuleViolationException("inactive_asset", field + " " + id + " names a deleted asset");
        }
        return asset;
    }
}
