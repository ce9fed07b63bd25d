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
import java.util.ArrayList;
import java.util.Base64;
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
 * Writes per second through the API on the topologies of docs/OPERATIONS.md, side by side in one run: one Aegis
 * node on the single MariaDB ({@code AEGIS_BENCH_MYSQL_URL}, as {@link ListPageBenchmark}), one and two nodes on that
 * same server, and one and two nodes on a three-node Galera cluster that the run starts on loopback ports
 * ({@link GaleraCluster}; each Aegis node writes through a database node of its own). Each setup gets an empty
 * database and {@code --clients} parallel clients, spread evenly over its Aegis nodes, creating risks ({@code POST
 * /risks}, the write of issue #10's report) for {@code --warmup} seconds unmeasured and then {@code --seconds}
 * measured. Audit sealing runs as in production (every second). Prints a Markdown table of created risks per second
 * and of every answer that was not 201.
 */
public final class WriteRateBenchmark {

    private static final String PASSWORD = "benchmark password, not a secret";

    private final Options options;
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

    /** Runs the single-server setups, then (with {@code --setups ...,cluster}) the cluster's, and returns the report. */
    String runAll() throws Exception {
        List<Result> results = new ArrayList<>();
        Path folder = Files.createTempDirectory("aegis-writes");
        if (options.setups().contains("single")) {
            for (int nodes = 1; nodes <= 2; nodes++) {
                try (ScratchDatabase scratch = ScratchDatabase.create("mariadb", folder)) {
                    results.add(measure("single MariaDB", folder.resolve("single-" + nodes),
                            List.of(scratch.url(), scratch.url()).subList(0, nodes), scratch.user(),
                            scratch.password()));
                }
            }
        }
        if (options.setups().contains("cluster")) {
            try (GaleraCluster cluster = GaleraCluster.start(folder.resolve("galera"))) {
                for (int nodes = 1; nodes <= 2; nodes++) {
                    String database = "aegis_writes_" + nodes;
                    cluster.execute(1, "CREATE DATABASE " + database
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    results.add(measure("Galera, 3 nodes", folder.resolve("cluster-" + nodes),
                            List.of(cluster.url(1, database), cluster.url(2, database)).subList(0, nodes),
                            GaleraCluster.USER, ""));
                }
            }
        }
        return report(results);
    }

    /** Starts one Aegis node per URL (one after the other: first starts do not race), loads them, stops them. */
    private Result measure(String database, Path folder, List<String> urls, String user, String password)
            throws Exception {
        List<Wiring> nodes = new ArrayList<>();
        try {
            for (int n = 0; n < urls.size(); n++) {
                nodes.add(Wiring.start(AegisConfig.load(Map.of(
                        "AEGIS_DB_URL", urls.get(n), "AEGIS_DB_USER", user, "AEGIS_DB_PASSWORD", password,
                        "AEGIS_DATA_DIR", folder.resolve("node-" + n).toString(), "AEGIS_PORT", "0",
                        "AEGIS_ADMIN_PASSWORD", PASSWORD, "AEGIS_BCRYPT_COST", "4", "AEGIS_AUDIT_KEY", auditKey,
                        "AEGIS_MAX_CONNECTIONS_PER_ADDRESS", "1000")), "benchmark"));
            }
            return new Result(database, nodes.size(), load(nodes.stream().map(Wiring::port).toList()));
        } finally {
            nodes.forEach(Wiring::close);
        }
    }

    /** Answers by status in the measured window, from every client together. */
    private Map<Integer, Integer> load(List<Integer> ports) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> tokens = ports.stream().map(port -> Login.token(http, port, PASSWORD)).toList();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmup());
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(options.seconds());
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        try {
            List<Future<Map<Integer, Integer>>> clients = new ArrayList<>();
            for (int client = 0; client < options.clients(); client++) {
                int node = client % ports.size();
                String base = "http://127.0.0.1:" + ports.get(node) + "/api/v1/risks";
                clients.add(pool.submit(() -> createRisks(http, base, tokens.get(node), measureFrom, measureTo)));
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

    private static Map<Integer, Integer> createRisks(HttpClient http, String url, String token, long measureFrom,
                                                     long measureTo) throws IOException, InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int n = 0; System.nanoTime() < measureTo; n++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"write " + Thread.currentThread().getId()
                            + "-" + n + "\", \"category\": \"technical\", \"inherent_likelihood\": 3,"
                            + " \"inherent_impact\": 4}")).build();
            long sent = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (sent >= measureFrom && System.nanoTime() <= measureTo) {
                statuses.merge(status, 1, Integer::sum);
            }
        }
        return statuses;
    }

    private String report(List<Result> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d clients creating risks, %d s warm-up, %d s measured per setup; %s%n%n", options.clients(),
                options.warmup(), options.seconds(), Runtime.version()));
        table.append("| database | Aegis nodes | risks created / s | ratio to one node on the same database |"
                + " answers other than 201 |\n|---|---:|---:|---:|---|\n");
        Map<String, Double> oneNode = new LinkedHashMap<>();
        for (Result result : results) {
            double rate = result.created() / (double) options.seconds();
            oneNode.putIfAbsent(result.database(), rate);
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %s |%n", result.database(),
                    result.nodes(), rate, rate / oneNode.get(result.database()), result.failures()));
        }
        return table.toString();
    }

    private record Result(String database, int nodes, Map<Integer, Integer> statuses) {

        int created() {
            return statuses.getOrDefault(201, 0);
        }

        String failures() {
            Map<Integer, Integer> others = new TreeMap<>(statuses);
            others.remove(201);
            return others.isEmpty() ? "none" : others.toString();
        }
    }

    /** {@code --seconds 15 --warmup 3 --clients 16 --setups single,cluster --out write-rates.md}. */
    record Options(int seconds, int warmup, int clients, Set<String> setups, Path out) {

        private static final Set<String> NAMES = Set.of("--seconds", "--warmup", "--clients", "--setups", "--out");

        /** @throws IllegalArgumentException for an unknown option or one without its value: a typo must not run */
        static Options parse(String[] args) {
            Map<String, String> given = CommandLine.parse(args, NAMES);
            return new Options(
                    Integer.parseInt(given.getOrDefault("--seconds", "15")),
                    Integer.parseInt(given.getOrDefault("--warmup", "3")),
                    Integer.parseInt(given.getOrDefault("--clients", "16")),
                    Set.of(given.getOrDefault("--setups", "single,cluster").split(",")),
                    Path.of(given.getOrDefault("--out", "write-rates.md")));
        }
    }
}
