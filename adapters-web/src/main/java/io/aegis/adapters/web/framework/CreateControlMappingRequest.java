package io.aegis.adapters.web.framework;

/** The body of {@code POST /control-mappings}; the value objects validate the content. */
public record CreateControlMappingRequest(Long sourceControlId, Long targetControlId, String mappingType,
                                          String mappingRationale, String confidenceLevel, Integer strength) {
}
