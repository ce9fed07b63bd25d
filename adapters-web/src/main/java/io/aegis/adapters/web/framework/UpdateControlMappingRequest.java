package io.aegis.adapters.web.framework;

import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;

/** The body of {@code PATCH /control-mappings/{id}}: a mapping's two controls never change. */
public record UpdateControlMappingRequest(@NotClearable Patch<String> mappingType, Patch<String> mappingRationale,
                                          Patch<String> confidenceLevel, Patch<Integer> strength) {
}
