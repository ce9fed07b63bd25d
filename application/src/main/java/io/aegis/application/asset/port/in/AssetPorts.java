package io.aegis.application.asset.port.in;

/**
 * The asset context's inbound ports: categories, the asset register, its import and export, relationships and
 * theirs.
 */
public record AssetPorts(CreateAssetCategoryUseCase createAssetCategory, GetAssetCategoryUseCase getAssetCategory,
                         ListAssetCategoriesUseCase listAssetCategories,
                         UpdateAssetCategoryUseCase updateAssetCategory,
                         DeactivateAssetCategoryUseCase deactivateAssetCategory, CreateAssetUseCase createAsset,
                         GetAssetUseCase getAsset, ListAssetsUseCase listAssets, UpdateAssetUseCase updateAsset,
                         DeactivateAssetUseCase deactivateAsset, ExportAssetsUseCase exportAssets,
                         ImportAssetsUseCase importAssets, CreateAssetRelationshipUseCase createAssetRelationship,
                         GetAssetRelationshipUseCase getAssetRelationship,
                         ListAssetRelationshipsUseCase listAssetRelationships,
                         UpdateAssetRelationshipUseCase updateAssetRelationship,
                         DeleteAssetRelationshipUseCase deleteAssetRelationship,
                         ImportAssetRelationshipsUseCase importAssetRelationships,
                         ExportAssetRelationshipsUseCase exportAssetRelationships) {
}
