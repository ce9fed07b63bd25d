package io.aegis.application.framework.port.in;

/** The framework context's inbound ports: frameworks, their controls and baselines, and catalog imports. */
public record FrameworkPorts(ListFrameworksUseCase listFrameworks, GetFrameworkUseCase getFramework,
                             ListControlsUseCase listControls, GetControlTreeUseCase getControlTree,
                             GetControlUseCase getControl, ListBaselinesUseCase listBaselines,
                             ImportCatalogUseCase importCatalog, ImportBaselineUseCase importBaseline,
                             ListBundledCatalogsUseCase listBundledCatalogs,
                             ImportBundledCatalogUseCase importBundledCatalog) {
}
