package io.aegis.application.asset;

import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;

/**
 * The asset ports over one empty store (and the risk roll-up's view of it), for the contracts, with a user, a category
 * and two units below the root that exist there (databases check the references).
 */
public record AssetStores(AssetRepository assets, AssetReadModel assetList,
                          AssetRelationshipRepository relationships, AssetRelationshipReadModel relationshipList,
                          AssetDependencyGraph graph,
                          UserId user, AssetCategoryId category, OrgUnitId unitA, OrgUnitId unitB) {
}
