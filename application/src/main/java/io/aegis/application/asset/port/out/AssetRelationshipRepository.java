package io.aegis.application.asset.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import java.util.Optional;

public interface AssetRelationshipRepository {

    Optional<AssetRelationshipEntry> findById(AssetRelationshipId id);

    /** Whether an edge with this source, target and type is recorded (whatever its flag). */
    boolean exists(AssetId source, AssetId target, RelationshipType type);

    /** Stores a new entry and returns it with its assigned id. */
    AssetRelationshipEntry insert(AssetRelationshipEntry entry);

    /** Stores the entry's description and critical flag. @return false when it no longer exists */
    boolean update(AssetRelationshipEntry entry);

    /** @return false when it did not exist */
    boolean delete(AssetRelationshipId id);
}
