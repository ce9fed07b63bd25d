package io.aegis.application.risk.port.in;

/**
 * An asset among the most exposed: what its roll-up says (as {@link AssetRiskView} does), without listing the risks.
 * Risks the reader may not see count as the roll-up counts them; none is named.
 *
 * @param highestLevel the level of the worst open risk reaching the asset
 * @param highestScore that risk's score (the one its level comes from)
 * @param carried      whether that risk sits on a dependency rather than on the asset itself
 * @param total        how many open risks reach the asset
 */
public record ExposedAssetView(long assetId, String name, String highestLevel, double highestScore, boolean carried,
                               long total) {
}
