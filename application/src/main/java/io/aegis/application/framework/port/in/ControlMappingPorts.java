package io.aegis.application.framework.port.in;

/** The control mappings' inbound ports: mappings between controls, their imports and the walk over them. */
public record ControlMappingPorts(CreateControlMappingUseCase create, GetControlMappingUseCase get,
                                  ListControlMappingsUseCase list, UpdateControlMappingUseCase update,
                                  DeleteControlMappingUseCase delete, GetEquivalentsUseCase equivalents,
                                  ImportControlMappingsUseCase importMappings) {
}
