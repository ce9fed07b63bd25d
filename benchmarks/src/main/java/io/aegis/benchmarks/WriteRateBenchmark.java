package io.aegis.benchmarks;

import io.aegis.adapters.persistence.testing.GaleraCluster;
import io.aegis.bootstrap.AegisConfig;
import io.aegis.bootstrap.Wiring;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes per second through the API on the topologies of docs/OPERATIONS.md, side by side in one run: one and two
 * Aegis nodes on the single MariaDB ({@code AEGIS_BENCH_MYSQL_URL}, as {@link ListPageBenchmark}), and one and two
 * nodes on a three-node Galera cluster that the run starts on loopback ports ({@link GaleraCluster}; each Aegis node
 * writes through a database node of its own). Each setup has an empty database of its own; {@code --clients}
 * parallel clients, spread evenly over its Aegis nodes, create risks ({@code POST /risks}, the write of issue #10's
 * report). Every setup runs at once and is loaded in turn for {@code --seconds}, round-robin, one round unmeasured
 * and then {@code --rounds} measured, so that whatever else disturbs the machine disturbs every setup alike. Audit
 * sealing runs as in production (every second). Prints a Markdown table of created risks per second and of every
 * answer that was not 201.
 */
public final class WriteRateBenchmark {

    private static final String PASSWORD = "benchmark password, not a secret";

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String auditKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    WriteRateBenchmark(Options options) {
        this.options = options;
    }

    /** Prints the report and writes it to {@code --out} (default {@code write-rates.md}). */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String report = new WriteRateBenchmark(options).runAll();
        Files.writeString(options.out(), report);
        System.out.println(report);
    }

    /** Starts the requested setups ({@code --setups single,cluster}), loads them round-robin, returns the report. */
    String runAll() throws Exception {
        Path folder = Files.createTempDirectory("aegis-writes");
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            List<Setup> setups = new ArrayList<>();
            if (options.setups().contains("single")) {
                for (int nodes = 1; nodes <= 2; nodes++) {
                    ScratchDatabase scratch = open(opened, ScratchDatabase.create("mariadb", folder));
                    setups.add(setup(opened, "single MariaDB", folder.resolve("single-" + nodes),
                            List.of(scratch.url(), scratch.url()).subList(0, nodes), scratch.user(),
                            scratch.password()));
                }
            }
            if (options.setups().contains("cluster")) {
                GaleraCluster cluster = open(opened, GaleraCluster.start(folder.resolve("galera")));
                for (int nodes = 1; nodes <= 2; nodes++) {
                    String database = "aegis_writes_" + nodes;
                    cluster.execute(1, "CREATE DATABASE " + database
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    setups.add(setup(opened, "Galera, 3 nodes", folder.resolve("cluster-" + nodes),
                            List.of(cluster.url(1, database), cluster.url(2, database)).subList(0, nodes),
                            GaleraCluster.USER, ""));
                }
            }
            for (int round = 0; round <= options.rounds(); round++) {
                for (Setup setup : setups) {
                    Map<Integer, Integer> statuses = load(setup);
                    if (round > 0) {
                        setup.rounds().add(statuses);
                    }
                }
            }
            return report(setups);
        } finally {
            try {
                while (!opened.isEmpty()) {
                    opened.pop().close();
                }
            } finally {
                TempFolders.deleteRecursively(folder);
            }
        }
    }

    private static <T extends AutoCloseable> T open(Deque<AutoCloseable> opened, T resource) {
        opened.push(resource);
        return resource;
    }

    /** One Aegis node per URL, started one after the other (first starts do not race), logged in. */
    private Setup setup(Deque<AutoCloseable> opened, String database, Path folder, List<String> urls, String user,
                        String password) {
        List<String> bases = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int n = 0; n < urls.size(); n++) {
            Wiring node = open(opened, Wiring.start(AegisConfig.load(Map.of(
                    "AEGIS_DB_URL", urls.get(n), "AEGIS_DB_USER", user, "AEGIS_DB_PASSWORD", password,
                    "AEGIS_DATA_DIR", folder.resolve("node-" + n).toString(), "AEGIS_PORT", "0",
                    "AEGIS_ADMIN_PASSWORD", PASSWORD, "AEGIS_BCRYPT_COST", "4", "AEGIS_AUDIT_KEY", auditKey,
                    "AEGIS_MAX_CONNECTIONS_PER_ADDRESS", "1000")), "benchmark"));
            bases.add("http://127.0.0.1:" + node.port() + "/api/v1/risks");
            tokens.add(Login.token(http, node.port(), PASSWORD));
        }
        return new Setup(database, bases, tokens, new ArrayList<>());
    }

    /** Answers by status from every client together, in {@code --seconds} of creating risks through the setup. */
    private Map<Integer, Integer> load(Setup setup) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.seconds());
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        try {
            List<Future<Map<Integer, Integer>>> clients = new ArrayList<>();
            for (int client = 0; client < options.clients(); client++) {
                int node = client % setup.bases().size();
                clients.add(pool.submit(() -> createRisks(setup.bases().get(node), setup.tokens().get(node), until)));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Map<Integer, Integer>> client : clients) {
                client.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Integer, Integer> createRisks(String url, String token, long until)
            throws IOException, InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int n = 0; System.nanoTime() < until; n++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"write " + Thread.currentThread().getId()
                            + "-" + n + "\", \"category\": \"technical\", \"inherent_likelihood\": 3,"
                            + " \"inherent_impact\": 4}")).build();
            statuses.merge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), 1, Integer::sum);
        }
        return statuses;
    }

    private String report(List<Setup> setups) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d clients creating risks; each setup loaded %d s per round, round-robin, 1 round unmeasured then %d"
                        + " measured; %s%n%n", options.clients(), options.seconds(), options.rounds(),
                Runtime.version()));
        table.append("| database | Aegis nodes | risks created / s (median round) | slowest to fastest round |"
                + " ratio to one node on the same database | answers other than 201 |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        Map<String, Double> oneNode = new LinkedHashMap<>();
        for (Setup setup : setups) {
            double[] rates = setup.rounds().stream()
                    .mapToDouble(round -> round.getOrDefault(201, 0) / (double) options.seconds()).sorted().toArray();
            double median = rates.length % 2 == 1 ? rates[rates.length / 2]
                    : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
            oneNode.putIfAbsent(setup.database(), median);
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f to %.1f | %.2f | %s |%n",
                    setup.database(), setup.bases().size(), median, rates[0], rates[rates.length - 1],
                    median / oneNode.get(setup.database()), setup.failures()));
        }
        return table.toString();
    }

    /** Aegis nodes (their risk URLs and tokens) over one database, and the answers of each measured round. */
    private record Setup(String database, List<String> bases, List<String> tokens,
                         List<Map<Integer, Integer>> rounds) {

        String failures() {
            Map<Integer, Integer> others = new TreeMap<>();
            rounds.forEach(round -> round.forEach((status, count) -> others.merge(status, count, Integer::sum)));
            others.remove(201);
            return others.isEmpty() ? "none" : others.toString();
        }
    }

    /** {@code --seconds 5 --rounds 4 --clients 16 --setups single,cluster --out write-rates.md}. */
    record Options(int seconds, int rounds, int clients, Set<String> setups, Path out) {

        private static final Set<String> NAMES = Set.of("--seconds", "--rounds", "--clients", "--setups", "--out");

        /** @throws IllegalArgumentException for an unknown option or one without its value: a typo must not run */
        static Options parse(String[] args) {
            Map<String, String> given = CommandLine.parse(args, NAMES);
            return new Options(
                    Integer.parseInt(given.getOrDefault("--seconds", "5")),
                    Integer.parseInt(given.getOrDefault("--rounds", "4")),
                    Integer.parseInt(given.getOrDefault("--clients", "16")),
                    Set.of(given.getOrDefault("--setups", "single,cluster").split(",")),
                    Path.of(given.getOrDefault("--out", "write-rates.md")));
        }
    }
}
