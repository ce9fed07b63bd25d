package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.AegisCore;
import io.aegis.application.framework.port.in.BaselineImportReport;
import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.FrameworkPorts;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.port.Actor;
import io.aegis.domain.shared.AegisException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import framework FILE [--dry-run]} and {@code import framework --bundled KEY [--dry-run]}: a control catalog
 * imported offline, as {@code POST /api/v1/frameworks/import} and {@code POST /api/v1/catalogs/bundled/{key}/import}
 * import it, with no upload limit. Audited as an action of the system. A file the reader refuses, or a catalog the
 * rules refuse, is reported in a line and stores nothing (exit 1).
 */
final class ImportCommand {

    private static final Actor COMMAND_LINE = Actor.system("command line");

    private ImportCommand() {
    }

    static int framework(AegisConfig config, List<String> arguments, PrintStream out) {
        List<String> rest = new ArrayList<>(arguments);
        boolean dryRun = rest.remove("--dry-run");
        String bundled = null;
        int flag = rest.indexOf("--bundled");
        if (flag >= 0) {
            if (flag + 1 >= rest.size()) {
                throw new ConfigurationException("--bundled needs the key of a bundled catalog");
            }
            bundled = rest.remove(flag + 1);
            rest.remove(flag);
        }
        if (rest.size() != (bundled == null ? 1 : 0)) {
            throw new ConfigurationException("import framework takes one catalog: a FILE or --bundled KEY");
        }
        try (Database database = Wiring.connect(config)) {
            database.migrate();
            FrameworkPorts frameworks = new AegisCore(Wiring.adapters(database, config,
                    AuditKeys.loadOrCreate(config.audit()))).frameworks();
            if (bundled != null) {
                var report = frameworks.importBundledCatalog().importBundled(COMMAND_LINE, bundled, dryRun);
                print(report.catalog(), out);
                report.baselines().forEach(baseline -> print(baseline, out));
            } else {
                print(importFile(frameworks, Path.of(rest.get(0)), dryRun), out);
            }
            return Main.OK;
        } catch (AegisException refused) {
            out.println("not imported: " + refused.getMessage());
            return Main.FAILED;
        }
    }

    private static CatalogImportReport importFile(FrameworkPorts frameworks, Path file, boolean dryRun) {
        try (InputStream content = Files.newInputStream(file)) {
            return frameworks.importCatalog().importCatalog(COMMAND_LINE, new ImportCatalogCommand(content, dryRun));
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("there is no file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void print(CatalogImportReport report, PrintStream out) {
        out.println((report.dryRun() ? "dry run, nothing stored: " : "")
                + (report.created() ? "new framework " : "framework ")
                + (report.frameworkId() == null ? "" : report.frameworkId() + " ")
                + "'" + report.name() + "'" + (report.version() == null ? "" : " version " + report.version())
                + ": " + report.added().size() + " added, " + report.changed().size() + " changed, "
                + report.withdrawn().size() + " withdrawn, " + report.unchanged() + " unchanged");
    }

    private static void print(BaselineImportReport report, PrintStream out) {
        out.println("baseline '" + report.name() + "': " + report.selected() + " controls"
                + (report.unknownControlIds().isEmpty() ? ""
                : "; not in the framework: " + String.join(", ", report.unknownControlIds())));
    }
}
