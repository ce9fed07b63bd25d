package io.aegis.application.organisation.port.in;

/** The organisation context's inbound ports: the tree of organisational units. */
public record OrganisationPorts(CreateOrgUnitUseCase createOrgUnit, GetOrgUnitUseCase getOrgUnit,
                                ListOrgUnitsUseCase listOrgUnits, UpdateOrgUnitUseCase updateOrgUnit,
                                DeactivateOrgUnitUseCase deactivateOrgUnit) {
}
