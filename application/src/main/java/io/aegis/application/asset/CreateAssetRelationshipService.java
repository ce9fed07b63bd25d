package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.CreateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.CreateAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records an edge between two existing, active assets. The same edge twice is a 409 here and, should two
 * requests race, the unique index on (source, target, type) refuses the second.
 */
public final class CreateAssetRelationshipService implements CreateAssetRelationshipUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;
    private final AssetRelationshipRepository relationships;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateAssetRelationshipService(AccessGuard guard, AssetRepository assets,
                                          AssetRelationshipRepository relationships, Transactions transactions,
                                          AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.assets = assets;
        this.relationships = relationships;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AssetRelationshipView create(Actor actor, CreateAssetRelationshipCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_relationship.create");
        AssetRelationship edge = new AssetRelationship(command.source(), command.target(), command.type(),
                command.critical());
        return transactions.inTransaction(() -> {
            requireActive(command.source(), "source_asset_id");
            requireActive(command.target(), "target_asset_id");
            if (relationships.exists(edge.source(), edge.target(), edge.type())) {
                throw new ConflictException("duplicate_relationship", "asset " + edge.source() + " already "
                        + edge.type().key() + " asset " + edge.target());
            }
            Instant now = clock.instant();
            AssetRelationshipEntry created = relationships.insert(AssetRelationshipEntry.record(edge,
                    command.description(), actor.userId().map(UserId::new), now));
            AssetRelationshipView view = AssetRelationshipView.of(created);
            audit.record(AuditEntry.success(actor, now, "asset_relationship.create",
                    AssetRelationshipServiceSupport.RESOURCE, view.id(), null, view));
            return view;
        });
    }

    private void requireActive(AssetId id, String field) {
        Optional<Asset> asset = assets.findById(id);
        if (asset.isEmpty()) {
            throw new RuleViolationException("unknown_asset", field + " " + id + " names no asset");
        }
        if (!asset.get().active()) {
            throw new RuleViolationException("inactive_asset", field + " " + id + " names a deleted asset");
        }
    }
}
