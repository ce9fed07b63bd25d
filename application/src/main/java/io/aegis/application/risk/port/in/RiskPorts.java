package io.aegis.application.risk.port.in;

/**
 * The risk context's inbound ports: risk matrices, the risk register, an asset's rolled-up risk and the most exposed
 * assets, the register's governance (reviews and acceptances), the deactivation of assets with their open risks, and
 * the controls that treat risks.
 */
public record RiskPorts(CreateRiskMatrixUseCase createRiskMatrix, GetRiskMatrixUseCase getRiskMatrix,
                        GetRiskMatrixEditingUseCase getRiskMatrixEditing,
                        ListRiskMatricesUseCase listRiskMatrices, UpdateRiskMatrixUseCase updateRiskMatrix,
                        DeactivateRiskMatrixUseCase deactivateRiskMatrix, CreateRiskUseCase createRisk,
                        GetRiskUseCase getRisk, ListRisksUseCase listRisks, UpdateRiskUseCase updateRisk,
                        DeactivateRiskUseCase deactivateRisk, ScoreRiskUseCase scoreRisk,
                        ListRiskScoresUseCase listRiskScores, TransitionRiskUseCase transitionRisk,
                        GetRiskHeatmapUseCase getRiskHeatmap, CountRisksByStatusUseCase countRisksByStatus,
                        GetAssetRiskUseCase getAssetRisk, ListMostExposedAssetsUseCase listMostExposedAssets,
                        ExportRisksUseCase exportRisks, RecordRiskReviewUseCase recordRiskReview,
                        ListRiskReviewsUseCase listRiskReviews,
                        RequestRiskAcceptanceUseCase requestRiskAcceptance,
                        DecideRiskAcceptanceUseCase decideRiskAcceptance,
                        WithdrawRiskAcceptanceUseCase withdrawRiskAcceptance,
                        ListRiskAcceptancesUseCase listRiskAcceptances,
                        BulkTransitionRisksUseCase bulkTransitionRisks,
                        DeactivateAssetsUseCase deactivateAssets,
                        ListRiskControlsUseCase listRiskControls, LinkRiskControlUseCase linkRiskControl,
                        UnlinkRiskControlUseCase unlinkRiskControl) {
}
