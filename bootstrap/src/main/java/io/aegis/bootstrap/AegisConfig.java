package io.aegis.bootstrap;

import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.task.DueDateSla;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Aegis's settings. Each comes from the environment variable of its name, else from the same key in
 * {@code aegis.properties} (in the working folder, or the file {@code AEGIS_CONFIG_FILE} names), else
 * from its default. Nothing here is ever logged with its value when it is a secret.
 */
public record AegisConfig(String dbUrl, String dbUser, String dbPassword, int dbPoolSize, String host, int port,
                          long maxRequestBytes, long maxUploadBytes, Duration requestBodyTimeout, int maxConnections,
                          int maxConnectionsPerAddress, Path dataDir, Identity identity,
                          RiskReviewPolicy reviewPolicy, RiskAcceptancePolicy acceptancePolicy, DueDateSla taskSla,
                          Audit audit, Evidence evidence) {

    /**
     * @param adminPassword  the first administrator's password, used only when the database has no user
     * @param sessions       how long a login token stays valid, at all and without use
     * @param bcryptCost     the work factor of password hashes (each step doubles the time)
     * @param secureCookies  whether the browser's session cookie travels over HTTPS only
     * @param loginRecordsRetention how long failed sign-ins and ended sessions, with their addresses and user
     *                              agents, are kept
     */
    public record Identity(Optional<String> adminPassword, SessionTimeouts sessions, int bcryptCost,
                           boolean secureCookies, Duration loginRecordsRetention) {

        @Override
        public String toString() {
            return "Identity[adminPassword=" + (adminPassword.isPresent() ? "***" : "none") + ", sessions="
                    + sessions + ", bcryptCost=" + bcryptCost + ", secureCookies=" + secureCookies
                    + ", loginRecordsRetention=" + loginRecordsRetention + "]";
        }
    }

    /**
     * @param key                the audit key, base64 (AEGIS_AUDIT_KEY); when absent the key file holds it
     * @param keyFile            where the audit key is kept, created on first start, readable by its owner only
     * @param checkpointFile     the append-only file of signed checkpoints
     * @param sealInterval       how often a node seals what changes wrote
     * @param checkpointInterval how often the sealer writes a checkpoint, when the chain moved
     */
    public record Audit(Optional<String> key, Path keyFile, Path checkpointFile, Duration sealInterval,
                        Duration checkpointInterval) {

        @Override
        public String toString() {
            return "Audit[key=" + (key.isPresent() ? "***" : "from " + keyFile) + ", checkpointFile="
                    + checkpointFile + ", sealInterval=" + sealInterval + ", checkpointInterval="
                    + checkpointInterval + "]";
        }
    }

    /**
     * @param maxFileBytes  the largest evidence file accepted (413 beyond)
     * @param store         the folder evidence files are kept in, by content (DATA_DIR/evidence)
     * @param purgeInterval how often the purge of expired evidence and unclaimed files runs (on one node at a time)
     */
    public record Evidence(long maxFileBytes, Path store, Duration purgeInterval) {
    }

    static final String DEFAULT_DB_URL = "jdbc:sqlite:./data/aegis.db";
    static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    static final long DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
    private static final long MAX_BODY_BYTES = 1024L * 1024 * 1024;
    static final long DEFAULT_MAX_EVIDENCE_BYTES = 256L * 1024 * 1024;
    private static final long MAX_EVIDENCE_BYTES = 64L * 1024 * 1024 * 1024;

    /** Every key Aegis reads, with its default and meaning: the source of {@code --help}. */
    enum Key {
        AEGIS_DB_URL(DEFAULT_DB_URL, "JDBC URL: jdbc:sqlite:FILE or jdbc:mysql://HOST:3306/DB"),
        AEGIS_DB_USER("", "database user (MySQL/MariaDB)"),
        AEGIS_DB_PASSWORD("", "database password (MySQL/MariaDB); never logged"),
        AEGIS_DB_POOL_SIZE("10", "largest number of pooled database connections"),
        AEGIS_HOST("127.0.0.1", "address to listen on; 0.0.0.0 for every interface"),
        AEGIS_PORT("8080", "HTTP port"),
        AEGIS_MAX_REQUEST_BYTES(String.valueOf(DEFAULT_MAX_REQUEST_BYTES), "largest accepted request body"),
        AEGIS_MAX_UPLOAD_BYTES(String.valueOf(DEFAULT_MAX_UPLOAD_BYTES), "largest accepted upload (the body of a route ending"
                + " in /import: a CSV, a catalog), at least AEGIS_MAX_REQUEST_BYTES"),
        AEGIS_REQUEST_BODY_TIMEOUT_SECONDS("30", "how long a request body may take to arrive whole (else 408)"),
        AEGIS_MAX_CONNECTIONS("1000", "most HTTP connections open at once; each may buffer a body of up to"
                + " AEGIS_MAX_REQUEST_BYTES while it arrives"),
        AEGIS_MAX_CONNECTIONS_PER_ADDRESS("100", "most HTTP connections open at once from one client address"
                + " (behind a reverse proxy, every client has the proxy's)"),
        AEGIS_DATA_DIR("./data", "folder for evidence files and reports"),
        AEGIS_ADMIN_PASSWORD("", "first start only: the password of the first user, admin (generated and"
                + " printed once if unset); never logged"),
        AEGIS_TOKEN_TTL_MINUTES("480", "how long a login session (browser or API login token) lasts at most"),
        AEGIS_SESSION_IDLE_MINUTES("30", "how long a login session lasts without a request (at most"
                + " AEGIS_TOKEN_TTL_MINUTES)"),
        AEGIS_BCRYPT_COST("12", "bcrypt work factor of password hashes (4 to 16)"),
        AEGIS_REQUEST_METADATA_RETENTION_DAYS("90", "days failed sign-ins and ended login sessions are kept, with"
                + " the addresses and user agents they came from, before a job removes them (1 to 3650)"),
        AEGIS_SECURE_COOKIES("false", "true when browsers reach Aegis over HTTPS (directly or through a proxy): the"
                + " session cookie is then sent over HTTPS only"),
        AEGIS_REVIEW_DAYS_CRITICAL("30", "days between reviews of a critical risk"),
        AEGIS_REVIEW_DAYS_HIGH("90", "days between reviews of a high risk"),
        AEGIS_REVIEW_DAYS_MEDIUM("180", "days between reviews of a medium risk"),
        AEGIS_REVIEW_DAYS_LOW("365", "days between reviews of a low risk (no level reviewed less often than a"
                + " milder one)"),
        AEGIS_RISK_ACCEPTANCE_FOUR_EYES("false", "true: whoever asked to accept a risk may not approve it"
                + " (four eyes); false: a requester holding risk:accept may"),
        AEGIS_TASK_SLA_DAYS(DueDateSla.defaults().toString(), "days a task of each priority has when created without"
                + " a due date (priority=days, comma separated; a priority left out keeps its default)"),
        AEGIS_AUDIT_KEY("", "the key that signs the audit trail, base64 of at least 32 bytes (else the key"
                + " file's); never logged"),
        AEGIS_AUDIT_KEY_FILE("", "file holding the audit key, created on first start (default DATA_DIR/audit.key)"),
        AEGIS_AUDIT_CHECKPOINT_FILE("", "this node's append-only file of signed audit checkpoints (default"
                + " DATA_DIR/audit-checkpoints.log)"),
        AEGIS_AUDIT_SEAL_MILLIS("1000", "how often the audit trail is sealed, in milliseconds"),
        AEGIS_AUDIT_CHECKPOINT_SECONDS("300", "how often a checkpoint of the audit trail is written"),
        AEGIS_MAX_EVIDENCE_BYTES(String.valueOf(DEFAULT_MAX_EVIDENCE_BYTES), "largest accepted evidence file; it is"
                + " streamed to DATA_DIR/evidence, never held in memory"),
        AEGIS_EVIDENCE_PURGE_MINUTES("60", "how often expired evidence and files no evidence names are purged");

        final String fallback;
        final String meaning;

        Key(String fallback, String meaning) {
            this.fallback = fallback;
            this.meaning = meaning;
        }
    }

    public static AegisConfig load(Map<String, String> environment) {
        Properties file = readFile(Path.of(environment.getOrDefault("AEGIS_CONFIG_FILE", "aegis.properties")),
                environment.containsKey("AEGIS_CONFIG_FILE"));
        return from(key -> {
            String value = environment.get(key.name());
            if (value == null || value.isBlank()) {
                value = file.getProperty(key.name());
            }
            return value == null || value.isBlank() ? key.fallback : value.strip();
        });
    }

    static AegisConfig from(Function<Key, String> settings) {
        Path dataDir = Path.of(settings.apply(Key.AEGIS_DATA_DIR));
        return new AegisConfig(
                settings.apply(Key.AEGIS_DB_URL),
                settings.apply(Key.AEGIS_DB_USER),
                settings.apply(Key.AEGIS_DB_PASSWORD),
                (int) number(settings, Key.AEGIS_DB_POOL_SIZE, 1, 200),
                settings.apply(Key.AEGIS_HOST),
                (int) number(settings, Key.AEGIS_PORT, 0, 65_535),
                number(settings, Key.AEGIS_MAX_REQUEST_BYTES, 1_024, MAX_BODY_BYTES),
                maxUploadBytes(settings),
                Duration.ofSeconds(number(settings, Key.AEGIS_REQUEST_BODY_TIMEOUT_SECONDS, 1, 3_600)),
                (int) number(settings, Key.AEGIS_MAX_CONNECTIONS, 10, 100_000),
                (int) number(settings, Key.AEGIS_MAX_CONNECTIONS_PER_ADDRESS, 1, 100_000),
                dataDir,
                new Identity(
                        Optional.of(settings.apply(Key.AEGIS_ADMIN_PASSWORD)).filter(password -> !password.isEmpty()),
                        sessions(settings),
                        (int) number(settings, Key.AEGIS_BCRYPT_COST, 4, 16),
                        flag(settings, Key.AEGIS_SECURE_COOKIES),
                        Duration.ofDays(number(settings, Key.AEGIS_REQUEST_METADATA_RETENTION_DAYS, 1, 3_650))),
                reviewPolicy(settings),
                new RiskAcceptancePolicy(flag(settings, Key.AEGIS_RISK_ACCEPTANCE_FOUR_EYES),
                        RiskAcceptancePolicy.DEFAULT_MAX_TERM),
                taskSla(settings),
                audit(settings, dataDir),
                new Evidence(number(settings, Key.AEGIS_MAX_EVIDENCE_BYTES, 1, MAX_EVIDENCE_BYTES),
                        dataDir.resolve("evidence"),
                        Duration.ofMinutes(number(settings, Key.AEGIS_EVIDENCE_PURGE_MINUTES, 1, 60 * 24 * 7))));
    }

    private static long maxUploadBytes(Function<Key, String> settings) {
        long requests = number(settings, Key.AEGIS_MAX_REQUEST_BYTES, 1_024, MAX_BODY_BYTES);
        return number(settings, Key.AEGIS_MAX_UPLOAD_BYTES, requests, MAX_BODY_BYTES);
    }

    private static SessionTimeouts sessions(Function<Key, String> settings) {
        long absolute = number(settings, Key.AEGIS_TOKEN_TTL_MINUTES, 5, 60 * 24 * 30);
        long idle = number(settings, Key.AEGIS_SESSION_IDLE_MINUTES, 2, absolute);
        return new SessionTimeouts(Duration.ofMinutes(absolute), Duration.ofMinutes(idle));
    }

    private static Audit audit(Function<Key, String> settings, Path dataDir) {
        String keyFile = settings.apply(Key.AEGIS_AUDIT_KEY_FILE);
        String checkpointFile = settings.apply(Key.AEGIS_AUDIT_CHECKPOINT_FILE);
        return new Audit(
                Optional.of(settings.apply(Key.AEGIS_AUDIT_KEY)).filter(key -> !key.isEmpty()),
                keyFile.isEmpty() ? dataDir.resolve("audit.key") : Path.of(keyFile),
                checkpointFile.isEmpty() ? dataDir.resolve("audit-checkpoints.log") : Path.of(checkpointFile),
                Duration.ofMillis(number(settings, Key.AEGIS_AUDIT_SEAL_MILLIS, 50, 60_000)),
                Duration.ofSeconds(number(settings, Key.AEGIS_AUDIT_CHECKPOINT_SECONDS, 1, 86_400)));
    }

    private static RiskReviewPolicy reviewPolicy(Function<Key, String> settings) {
        int max = RiskReviewPolicy.MAX_DAYS;
        try {
            return new RiskReviewPolicy((int) number(settings, Key.AEGIS_REVIEW_DAYS_CRITICAL, 1, max),
                    (int) number(settings, Key.AEGIS_REVIEW_DAYS_HIGH, 1, max),
                    (int) number(settings, Key.AEGIS_REVIEW_DAYS_MEDIUM, 1, max),
                    (int) number(settings, Key.AEGIS_REVIEW_DAYS_LOW, 1, max));
        } catch (RuleViolationException e) {
            throw new ConfigurationException("AEGIS_REVIEW_DAYS_*: " + e.getMessage());
        }
    }

    private static DueDateSla taskSla(Function<Key, String> settings) {
        try {
            return DueDateSla.parse(Key.AEGIS_TASK_SLA_DAYS.name(), settings.apply(Key.AEGIS_TASK_SLA_DAYS));
        } catch (InvalidValueException e) {
            throw new ConfigurationException(Key.AEGIS_TASK_SLA_DAYS + ": " + e.getMessage());
        }
    }

    /** Same settings, another database; for tests and tools. */
    public AegisConfig withDatabase(String url, String user, String password) {
        return new AegisConfig(url, user, password, dbPoolSize, host, port, maxRequestBytes, maxUploadBytes,
                requestBodyTimeout, maxConnections, maxConnectionsPerAddress, dataDir, identity, reviewPolicy,
                acceptancePolicy, taskSla, audit, evidence);
    }

    /** Same settings, another acceptance policy; for tests. */
    public AegisConfig withAcceptancePolicy(RiskAcceptancePolicy policy) {
        return new AegisConfig(dbUrl, dbUser, dbPassword, dbPoolSize, host, port, maxRequestBytes, maxUploadBytes,
                requestBodyTimeout, maxConnections, maxConnectionsPerAddress, dataDir, identity, reviewPolicy, policy,
                taskSla, audit, evidence);
    }

    /** Same settings, other evidence settings; for tests. */
    public AegisConfig withEvidence(Evidence other) {
        return new AegisConfig(dbUrl, dbUser, dbPassword, dbPoolSize, host, port, maxRequestBytes, maxUploadBytes,
                requestBodyTimeout, maxConnections, maxConnectionsPerAddress, dataDir, identity, reviewPolicy,
                acceptancePolicy, taskSla, audit, other);
    }

    /** The database URL with any password parameter masked, for logs and messages. */
    public String safeDbUrl() {
        return dbUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "AegisConfig[dbUrl=" + safeDbUrl() + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword.isEmpty() ? "" : "***") + ", dbPoolSize=" + dbPoolSize
                + ", host=" + host + ", port=" + port + ", maxRequestBytes=" + maxRequestBytes
                + ", maxUploadBytes=" + maxUploadBytes
                + ", requestBodyTimeout=" + requestBodyTimeout + ", maxConnections=" + maxConnections
                + ", maxConnectionsPerAddress=" + maxConnectionsPerAddress
                + ", dataDir=" + dataDir + ", identity=" + identity + ", reviewPolicy=" + reviewPolicy
                + ", acceptancePolicy=" + acceptancePolicy + ", taskSla=" + taskSla + ", audit=" + audit
                + ", evidence=" + evidence + "]";
    }

    private static long number(Function<Key, String> settings, Key key, long min, long max) {
        String raw = settings.apply(key);
        try {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ConfigurationException(key + " must be a whole number from " + min + " to " + max + ", not '"
                + raw + "'");
    }

    private static boolean flag(Function<Key, String> settings, Key key) {
        String raw = settings.apply(key);
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(key + " must be true or false, not '" + raw + "'");
        };
    }

    private static Properties readFile(Path path, boolean required) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(path)) {
            if (required) {
                throw new ConfigurationException("AEGIS_CONFIG_FILE names " + path + ", which is not a file");
            }
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
