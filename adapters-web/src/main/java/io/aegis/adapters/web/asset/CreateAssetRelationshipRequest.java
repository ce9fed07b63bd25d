package io.aegis.adapters.web.asset;

/** The body of {@code POST /asset-relationships}; the value objects validate the content. */
public record CreateAssetRelationshipRequest(Long sourceAssetId, Long targetAssetId, String relationshipType,
                                             String description, Boolean isCriticalDependency) {
}
