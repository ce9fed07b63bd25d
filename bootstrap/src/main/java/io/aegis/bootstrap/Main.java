package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar aegis.jar [serve|migrate|--help|--version]}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

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
        String command = args.length == 0 ? "serve" : args[0];
        if (args.length > 1) {
            err.println("unexpected arguments: " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
            err.print(usage());
            return USAGE;
        }
        try {
            return switch (command) {
                case "serve" -> serve(AegisConfig.load(environment));
                case "migrate" -> migrate(AegisConfig.load(environment), out);
                case "--version", "version" -> {
                    out.println("aegis " + version());
                    yield OK;
                }
                case "--help", "-h", "help" -> {
                    out.print(usage());
                    yield OK;
                }
                default -> {
                    err.println("unknown command: " + command);
                    err.print(usage());
                    yield USAGE;
                }
            };
        } catch (ConfigurationException e) {
            err.println("configuration error: " + e.getMessage());
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
