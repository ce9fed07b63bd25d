package io.aegis.application.risk.port.in;

/** @param scoringFrozen whether risks are scored on the matrix, so that its levels, scores and bands stay as they are */
public record RiskMatrixEditingView(boolean scoringFrozen) {
}
