package io.aegis.adapters.web.risk;

import java.util.List;

/** The body of {@code POST /risks/bulk-transitions}: the risks, where they all move, and why. */
public record BulkTransitionRisksRequest(List<Long> ids, String to, String note) {
}
