package io.aegis.application.framework;

import io.aegis.application.framework.port.in.BaselineImportReport;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.BundledImportReport;
import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.ImportBundledCatalogUseCase;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.BundledCatalogs;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a catalog shipped inside Aegis and its baselines, as {@link ImportCatalogService} and
 * {@link ImportBaselineService} import files, all in one transaction: the catalog and its baselines arrive
 * together or not at all. A dry run reports the catalog's changes only.
 */
public record ImportBundledCatalogService(UseCaseRunner run, CatalogReader reader, BundledCatalogs bundled,
                                          FrameworkRepository frameworks, ControlRepository controls,
                                          BaselineRepository baselines) implements ImportBundledCatalogUseCase {

    private static final String RESOURCE = "bundled catalog";

    @Override
    public BundledImportReport importBundled(Actor actor, String key, boolean dryRun) {
        run.require(actor, Permission.FRAMEWORK_WRITE, CatalogImport.ACTION);
        BundledCatalogs.Bundled shipped = bundled.list().stream().filter(catalog -> catalog.key().equals(key))
                .findFirst().orElseThrow(() -> new NotFoundException(RESOURCE, key));
        FrameworkCatalog catalog = read(bundled.openCatalog(key), key,
                file -> reader.readCatalog(file, ImportCatalogCommand.MAX_ENTRIES));
        if (dryRun) {
            return new BundledImportReport(key, run.consistentRead(actor, Permission.FRAMEWORK_WRITE,
                    CatalogImport.ACTION, () -> CatalogImport.compare(catalog, frameworks, controls).dryRun()),
                    List.of());
        }
        List<BaselineProfile> profiles = shipped.baselineKeys().stream()
                .map(baseline -> read(bundled.openBaseline(baseline), baseline, reader::readProfile)).toList();
        return run.change(actor, Permission.FRAMEWORK_WRITE, CatalogImport.ACTION, change -> {
            CatalogImportReport report = CatalogImport.compare(catalog, frameworks, controls)
                    .store(change, frameworks, controls);
            FrameworkId framework = new FrameworkId(report.frameworkId());
            List<BaselineImportReport> reports = new ArrayList<>();
            for (BaselineProfile profile : profiles) {
                reports.add(BaselineImport.store(change, framework, profile, controls, baselines));
            }
            return new BundledImportReport(key, report, reports);
        });
    }

    private static <T> T read(Optional<InputStream> opened, String key, Function<InputStream, T> read) {
        try (InputStream file = opened.orElseThrow(() -> new NotFoundException(RESOURCE, key))) {
            return read.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled file " + key, e);
        }
    }
}
