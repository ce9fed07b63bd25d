package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.application.AegisCore;
import io.aegis.application.framework.port.in.ImportControlMappingsCommand;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.in.MappingImportRefusedException;
import io.aegis.application.framework.port.in.MappingImportReport;
import io.aegis.application.port.Actor;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.shared.AegisException;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code import mappings FILE --format oscal|csv --source FRAMEWORK_ID --target FRAMEWORK_ID [--skip-unknown]
 * [--dry-run]}: a mapping file imported offline, as {@code POST /api/v1/control-mappings/import} imports it, with no
 * upload limit. Audited as an action of the system. A file the reader or the rules refuse is reported (one line, then
 * a line per refused row) and stores nothing (exit 1).
 */
final class MappingImportCommand {

    private static final Actor COMMAND_LINE = Actor.system("command line");

    private MappingImportCommand() {
    }

    static int run(AegisConfig config, List<String> arguments, PrintStream out) {
        List<String> rest = new ArrayList<>(arguments);
        boolean dryRun = rest.remove("--dry-run");
        boolean skipUnknown = rest.remove("--skip-unknown");
        MappingFormat format = option(rest, "--format", MappingFormat::fromKey);
        FrameworkId source = option(rest, "--source", MappingImportCommand::frameworkId);
        FrameworkId target = option(rest, "--target", MappingImportCommand::frameworkId);
        if (rest.size() != 1) {
            throw new ConfigurationException("import mappings takes one FILE, --format oscal|csv, --source and"
                    + " --target (framework ids)");
        }
        Path file = Path.of(rest.get(0));
        try (Database database = Wiring.connect(config); InputStream content = Files.newInputStream(file)) {
            database.migrate();
            MappingImportReport report = new AegisCore(Wiring.adapters(database, config,
                    AuditKeys.loadOrCreate(config.audit()))).mappings().importMappings().importMappings(COMMAND_LINE,
                    new ImportControlMappingsCommand(content, format, source, target, skipUnknown, dryRun));
            print(report, out);
            return Main.OK;
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("there is no file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (MappingImportRefusedException refused) {
            out.println("not imported: " + refused.getMessage());
            refused.refusedRows().forEach(row -> out.println("  refused " + row.entry() + ": " + row.message()));
            return Main.FAILED;
        } catch (AegisException refused) {
            out.println("not imported: " + refused.getMessage());
            return Main.FAILED;
        }
    }

    /** The value after {@code name}, removed from {@code rest} with it, as {@code parse} reads it. */
    private static <T> T option(List<String> rest, String name, Function<String, T> parse) {
        int flag = rest.indexOf(name);
        if (flag < 0 || flag + 1 >= rest.size()) {
            throw new ConfigurationException("import mappings needs " + name);
        }
        String value = rest.remove(flag + 1);
        rest.remove(flag);
        try {
            return parse.apply(value);
        } catch (InvalidValueException e) {
            throw new ConfigurationException(name + " " + e.getMessage());
        }
    }

    private static FrameworkId frameworkId(String text) {
        return new FrameworkId(CanonicalIds.parse(text).orElseThrow(
                () -> new InvalidValueException("id", "must be a framework's id")));
    }

    private static void print(MappingImportReport report, PrintStream out) {
        out.println((report.dryRun() ? "dry run, nothing stored: " : "") + "framework " + report.sourceFrameworkId()
                + " to framework " + report.targetFrameworkId() + ": " + report.pairs() + " pairs, " + report.added()
                + " added, " + report.updated().size() + " updated, " + report.unchanged() + " unchanged, "
                + report.skippedRows().size() + " skipped");
        report.refusedRows().forEach(row -> out.println("  refused " + row.entry() + ": " + row.message()));
        report.skippedRows().forEach(row -> out.println("  skipped " + row.entry() + ": " + row.message()));
    }
}
