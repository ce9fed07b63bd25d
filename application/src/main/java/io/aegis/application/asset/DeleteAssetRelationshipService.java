package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.DeleteAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;
import java.time.Clock;

public final class DeleteAssetRelationshipService implements DeleteAssetRelationshipUseCase {

    private final AccessGuard guard;
    private final AssetRelationshipRepository relationships;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeleteAssetRelationshipService(AccessGuard guard, AssetRelationshipRepository relationships,
                                          Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.relationships = relationships;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void delete(Actor actor, AssetRelationshipId id) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_relationship.delete");
        transactions.inTransaction(() -> {
            AssetRelationshipEntry current = AssetRelationshipServiceSupport.load(relationships, id);
            if (!relationships.delete(id)) {
                throw new NotFoundException("asset relationship", id);
            }
            audit.record(AuditEntry.success(actor, clock.instant(), "asset_relationship.delete",
                    AssetRelationshipServiceSupport.RESOURCE, id.value(), AssetRelationshipView.of(current), null));
            return null;
        });
    }
}
