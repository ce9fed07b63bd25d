package io.aegis.application.risk.port.in;

/** The risk context's inbound ports: risk matrices, the risk register, and an asset's rolled-up risk, and
 * the deactivation of assets with their open risks. */
public record RiskPorts(CreateRiskMatrixUseCase createRiskMatrix, GetRiskMatrixUseCase getRiskMatrix,
                        ListRiskMatricesUseCase listRiskMatrices, UpdateRiskMatrixUseCase updateRiskMatrix,
                        DeactivateRiskMatrixUseCase deactivateRiskMatrix, CreateRiskUseCase createRisk,
                        GetRiskUseCase getRisk, ListRisksUseCase listRisks, UpdateRiskUseCase updateRisk,
                        DeactivateRiskUseCase deactivateRisk, ScoreRiskUseCase scoreRisk,
                        ListRiskScoresUseCase listRiskScores, TransitionRiskUseCase transitionRisk,
                        GetRiskHeatmapUseCase getRiskHeatmap, GetAssetRiskUseCase getAssetRisk,
                        DeactivateAssetsUseCase deactivateAssets) {
}
