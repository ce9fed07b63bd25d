package io.aegis.adapters.web.risk;

import java.util.List;

/**
 * The body of {@code POST /assets/bulk-deactivations}: the assets, and what becomes of their open risks
 * ({@code open_risks}: {@code refuse}, the default, {@code reassign} to {@code reassign_to}, or {@code close} with an
 * optional {@code reason}), as the query of {@code DELETE /assets/{id}} says it for one asset.
 */
public record BulkAssetDeactivationRequest(List<Long> ids, String openRisks, Long reassignTo, String reason) {
}
