package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.Permission;
import java.time.Clock;

public final class UpdateAssetRelationshipService implements UpdateAssetRelationshipUseCase {

    private final AccessGuard guard;
    private final AssetRelationshipRepository relationships;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateAssetRelationshipService(AccessGuard guard, AssetRelationshipRepository relationships,
                                          Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.relationships = relationships;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AssetRelationshipView update(Actor actor, UpdateAssetRelationshipCommand command) {
        guard.require(actor, Permission.ASSET_WRITE, "asset_relationship.update");
        return transactions.inTransaction(() -> {
            AssetRelationshipEntry current = AssetRelationshipServiceSupport.load(relationships, command.id());
            AssetRelationshipEntry changed = current.revise(command.description().orElse(current.description()),
                    command.critical().orElse(current.edge().critical()));
            if (!relationships.update(changed)) {
                throw new NotFoundException("asset relationship", command.id());
            }
            AssetRelationshipView after = AssetRelationshipView.of(changed);
            audit.record(AuditEntry.success(actor, clock.instant(), "asset_relationship.update",
                    AssetRelationshipServiceSupport.RESOURCE, after.id(), AssetRelationshipView.of(current), after));
            return after;
        });
    }
}
