package io.aegis.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import io.aegis.adapters.persistence.Database;
import io.aegis.domain.shared.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar aegis.jar [serve|migrate|audit verify|admin ...|import framework ...|import mappings ...|--help|
 * --version]}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** First words of the commands that take two: {@code audit verify}, {@code admin create-user}. */
    private static final Set<String> COMMAND_GROUPS = Set.of("audit", "admin", "import", "evidence");
    /** The commands that take options or arguments after their name. */
    private static final Set<String> WITH_OPTIONS = Set.of("admin create-user", "admin reset-password",
            "import framework", "import mappings");
    /**
     * Every command this Aegis has. Others, including those docs/API.md lists as planned ({@code backup}, ...), are
     * a usage error naming the command, whatever arguments follow it.
     */
    private static final Set<String> COMMANDS = Set.of("serve", "migrate", "audit verify", "admin create-user",
            "admin reset-password", "import framework", "import mappings", "evidence purge", "--version", "version",
            "--help", "-h", "help");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs a command; {@code serve} returns once the server listens and leaves it running. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        int words = args.length > 1 && COMMAND_GROUPS.contains(args[0]) ? 2 : 1;
        String command = args.length == 0 ? "serve" : String.join(" ", Arrays.copyOfRange(args, 0, words));
        List<String> options = List.of(args).subList(Math.min(words, args.length), args.length);
        if (!COMMANDS.contains(command)) {
            err.println("unknown command: " + command);
            err.print(usage());
            return USAGE;
        }
        if (!options.isEmpty() && !WITH_OPTIONS.contains(command)) {
            err.println("unexpected arguments: " + String.join(" ", Arrays.copyOfRange(args, words, args.length)));
            err.print(usage());
            return USAGE;
        }
        try {
            return switch (command) {
                case "serve" -> serve(AegisConfig.load(environment));
                case "migrate" -> migrate(AegisConfig.load(environment), out);
                case "audit verify" -> AuditVerifyCommand.run(AegisConfig.load(environment), out);
                case "admin create-user" ->
                        AdminCommand.createUser(AegisConfig.load(environment), options, environment, System.in, out);
                case "admin reset-password" ->
                        AdminCommand.resetPassword(AegisConfig.load(environment), options, environment, System.in, out);
                case "import framework" -> ImportCommand.framework(AegisConfig.load(environment), options, out);
                case "import mappings" -> MappingImportCommand.run(AegisConfig.load(environment), options, out);
                case "evidence purge" -> EvidencePurgeCommand.run(AegisConfig.load(environment), out);
                case "--version", "version" -> {
                    out.println("aegis " + version());
                    yield OK;
                }
                case "--help", "-h", "help" -> {
                    out.print(usage());
                    yield OK;
                }
                default -> throw new IllegalStateException("a command without a case: " + command);
            };
        } catch (ConfigurationException e) {
            err.println("configuration error: " + e.getMessage());
            return USAGE;
        } catch (InvalidValueException e) {
            err.println("invalid " + e.field() + ": " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            LOG.error("{} failed", command, e);
            err.println(command + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int serve(AegisConfig config) {
        Wiring wiring = Wiring.start(config, version());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down: finishing requests in flight");
            wiring.close();
            LOG.info("stopped");
            // logging runs on a writer thread of its own (logback.xml): write what it still holds before the JVM halts
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                logging.stop();
            }
        }, "aegis-shutdown"));
        LOG.info("Aegis {} serving on http://{}:{} (database {}), {} ms after the JVM started", version(),
                config.host(), wiring.port(), config.safeDbUrl(),
                ManagementFactory.getRuntimeMXBean().getUptime());
        return OK;
    }

    private static int migrate(AegisConfig config, PrintStream out) {
        try (Database database = Wiring.connect(config)) {
            int applied = database.migrate();
            out.println("database is up to date (" + applied + " migration" + (applied == 1 ? "" : "s")
                    + " applied)");
            return OK;
        }
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/aegis-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar aegis.jar [COMMAND]

                Commands:
                  serve       migrate the database, then serve the API (the default)
                  migrate     apply pending database migrations and exit
                  audit verify
                              check the audit trail's hash chain; exit 1 naming the first broken row
                  admin create-user --username U --email E [--role NAME]...
                              create a user offline (break-glass); the password comes from
                              AEGIS_NEW_PASSWORD or the first line of standard input
                  admin reset-password --username U
                              set a user's password offline and end their sessions (same source)
                  import framework FILE [--dry-run]
                  import framework --bundled KEY [--dry-run]
                              import a control catalog (OSCAL JSON, OWASP ASVS JSON) or one shipped
                              in Aegis with its baselines; --dry-run reports and stores nothing
                  import mappings FILE --format oscal|csv --source ID --target ID
                              [--skip-unknown] [--dry-run]
                              import control mappings between two frameworks (their ids) from an
                              OSCAL mapping-collection or a crosswalk CSV
                  evidence purge
                              remove evidence past its retention date that nothing links to, and
                              evidence files no evidence names (as the purge job does), audited
                  --version   print the version
                  --help      print this help

                Configuration (environment variables, or the same keys in ./aegis.properties;
                AEGIS_CONFIG_FILE names another file):
                """);
        for (AegisConfig.Key key : AegisConfig.Key.values()) {
            text.append(String.format("  %-24s %s (default: %s)%n", key.name(), key.meaning,
                    key.fallback.isEmpty() ? "none" : key.fallback));
        }
        return text.toString();
    }
}
