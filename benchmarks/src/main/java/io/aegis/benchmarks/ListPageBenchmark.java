package io.aegis.benchmarks;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import io.aegis.bootstrap.AegisConfig;
import io.aegis.bootstrap.Wiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.impl.DSL;

/**
 * Loads a register of {@code --assets} assets and {@code --risks} risks spread over {@code --units} organisational
 * units into a fresh database, starts Aegis on it and measures list pages over real HTTP, as a client sees them:
 * the administrator's, over every unit, and those of an analyst of one unit, whose scope filters every list. Scenarios run round-robin, so whatever
 * disturbs the machine during the run disturbs every scenario alike; each is reported as p50 and p99 and as
 * the ratio of its p50 to the p50 of reading one risk by id, measured in the same rounds. Prints a Markdown
 * table per database ({@code --databases sqlite,mariadb}).
 *
 * <p>MariaDB is reached through {@code AEGIS_BENCH_MYSQL_URL} (default {@code jdbc:mysql://127.0.0.1:3306/},
 * user {@code root}, no password); the benchmark creates a database of its own there and drops it afterwards.
 */
public final class ListPageBenchmark {

    private static final String PASSWORD = "benchmark password, not a secret";
    private static final String TITLE_ORDER = "/risks?sort=title";
    private static final String API = "/api/v1";
    private static final String OPEN = "identified,assessed,mitigating,monitoring,accepted";

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ListPageBenchmark(Options options) {
        this.options = options;
    }

    /** Prints the report after the server's log, and writes it to {@code --out} (default {@code list-pages.md}). */
    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        String report = new ListPageBenchmark(options).runAll();
        Files.writeString(options.out(), report);
        System.out.println(report);
    }

    /** Runs every requested database and returns the Markdown report. */
    String runAll() throws IOException {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d assets, %d risks; %d warm-up and %d measured rounds; %s%n",
                options.assets(), options.risks(), options.warmup(), options.rounds(), Runtime.version()));
        for (String database : options.databases()) {
            report.append(System.lineSeparator()).append(run(database));
        }
        return report.toString();
    }

    String run(String database) throws IOException {
        Path folder = Files.createTempDirectory("aegis-bench");
        try (ScratchDatabase scratch = ScratchDatabase.create(database, folder)) {
            return benchmark(database, folder, scratch);
        } finally {
            TempFolders.deleteRecursively(folder);
        }
    }

    /** Starts Aegis on the scratch database, loads the register and times every scenario. */
    private String benchmark(String database, Path folder, ScratchDatabase scratch) {
        AegisConfig config = AegisConfig.load(Map.of(
                "AEGIS_DB_URL", scratch.url(), "AEGIS_DB_USER", scratch.user(),
                "AEGIS_DB_PASSWORD", scratch.password(), "AEGIS_DATA_DIR", folder.resolve("data").toString(),
                "AEGIS_PORT", "0", "AEGIS_ADMIN_PASSWORD", PASSWORD, "AEGIS_BCRYPT_COST", "4"));
        try (Wiring aegis = Wiring.start(config, "benchmark")) {
            long loadStart = System.nanoTime();
            Sample sample = load(config);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            String base = "http://127.0.0.1:" + aegis.port();
            String adminToken = Login.token(http, aegis.port(), PASSWORD);
            Client admin = new Client(http, base, adminToken);
            Client analyst = new Client(http, base, UnitAnalyst.token(http, aegis.port(), adminToken,
                    sample.unitId()));
            Map<Scenario, Latencies> results = measure(admin, analyst, scenarios(sample.riskId(),
                    sample.leafAssetId(), admin.cursorOfPage(TITLE_ORDER, 100)));
            return Report.markdown(database, loadSeconds, results);
        }
    }

    /** A risk in the middle of the register, the asset furthest down the dependency tree, and the analyst's unit. */
    private record Sample(int riskId, int leafAssetId, int unitId) {
    }

    private Sample load(AegisConfig config) {
        try (Database database = Database.connect(new DatabaseSettings(config.dbUrl(), config.dbUser(),
                config.dbPassword(), 2))) {
            int owner = database.dsl().select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("admin"))
                    .fetchSingle(USERS.ID);
            List<Integer> units = new RegisterLoader(database.dsl(), 20261127L, Instant.now())
                    .load(options.assets(), options.risks(), options.units(), owner);
            int risk = database.dsl().select(RISKS.ID).from(RISKS).orderBy(RISKS.ID).offset(options.risks() / 2)
                    .limit(1).fetchSingle(RISKS.ID);
            int leaf = database.dsl().select(DSL.max(ASSETS.ID)).from(ASSETS).fetchSingle().value1();
            return new Sample(risk, leaf, units.get(0));
        }
    }

    /**
     * What a risk register's users ask most: filtered, sorted pages, and the page deep in a long list, by offset and
     * by the cursor a client walking the list by keys holds there ({@code titleCursor}).
     */
    static List<Scenario> scenarios(int sampleRiskId, int leafAssetId, String titleCursor) {
        return List.of(
                new Scenario("one risk by id (baseline)", "/risks/" + sampleRiskId),
                new Scenario("risks, first page, default order", "/risks"),
                new Scenario("risks by status, highest inherent score first",
                        "/risks?status=mitigating&sort=-inherent_risk_score"),
                new Scenario("critical technical risks, newest first",
                        "/risks?risk_level=critical&category=technical&sort=-identified_date"),
                new Scenario("risks overdue for review, most overdue first",
                        "/risks?review_overdue=true&sort=next_review_date"),
                new Scenario("risks whose title contains a word", "/risks?q=ransomware&sort=title"),
                new Scenario("risks, page 100 of 50 by title", TITLE_ORDER + "&offset=4950"),
                new Scenario("risks, page 100 of 50 by title with a cursor", TITLE_ORDER + "&cursor=" + titleCursor),
                new Scenario("risk heat map, residual", "/risks/heatmap?score_type=residual"),
                new Scenario("critical assets by name", "/assets?criticality=critical&sort=name"),
                new Scenario("servers, most critical first", "/assets?asset_type=server&sort=-criticality"),
                new Scenario("assets matching a host name", "/assets?q=host-42&sort=name"),
                new Scenario("a leaf asset's risk rolled up over its dependencies", "/assets/" + leafAssetId + "/risk"),
                new Scenario("the assets carrying the most risk", "/assets/most-exposed"),
                new Scenario("one unit: risks, first page, default order", "/risks", true),
                new Scenario("one unit: risks by status, highest inherent score first",
                        "/risks?status=mitigating&sort=-inherent_risk_score", true),
                new Scenario("one unit: risks overdue for review, most overdue first",
                        "/risks?review_overdue=true&sort=next_review_date", true),
                new Scenario("one unit: risks whose title contains a word", "/risks?q=ransomware&sort=title", true),
                new Scenario("one unit: risk heat map, residual", "/risks/heatmap?score_type=residual", true),
                new Scenario("one unit: assets by name", "/assets?sort=name", true),
                Scenario.page("web interface: the dashboard", "/"),
                Scenario.apiCalls("the dashboard's data through the API", DASHBOARD_DATA),
                Scenario.page("web interface: the register's first page", "/risks"));
    }

    /**
     * What the dashboard shows, asked of the API: both heat maps of the open risks, the risks of each status, the
     * reviews overdue (the API counts with a page of one risk; the page counts every status in one query), and the
     * assets carrying the most risk.
     */
    private static final List<String> DASHBOARD_DATA = List.of(
            "/risks/heatmap?score_type=inherent&status=" + OPEN, "/risks/heatmap?score_type=residual&status=" + OPEN,
            "/risks?status=identified&limit=1", "/risks?status=assessed&limit=1", "/risks?status=mitigating&limit=1",
            "/risks?status=monitoring&limit=1", "/risks?status=accepted&limit=1", "/risks?status=closed&limit=1",
            "/risks?review_overdue=true&limit=1", "/assets/most-exposed?limit=10");

    private Map<Scenario, Latencies> measure(Client admin, Client analyst, List<Scenario> scenarios) {
        for (int round = 0; round < options.warmup(); round++) {
            scenarios.forEach(scenario -> (scenario.inOneUnit() ? analyst : admin).time(scenario));
        }
        Map<Scenario, long[]> samples = new LinkedHashMap<>();
        scenarios.forEach(scenario -> samples.put(scenario, new long[options.rounds()]));
        for (int round = 0; round < options.rounds(); round++) {
            for (Scenario scenario : scenarios) {
                samples.get(scenario)[round] = (scenario.inOneUnit() ? analyst : admin).time(scenario);
            }
        }
        Map<Scenario, Latencies> results = new LinkedHashMap<>();
        samples.forEach((scenario, nanos) -> results.put(scenario, new Latencies(nanos)));
        return results;
    }

    /**
     * Command-line options: {@code --assets 10000 --risks 100000 --units 20 --rounds 200 --warmup 30
     * --databases sqlite,mariadb --out list-pages.md}.
     */
    record Options(int assets, int risks, int units, int rounds, int warmup, List<String> databases, Path out) {

        private static final Set<String> NAMES = Set.of("--assets", "--risks", "--units", "--rounds", "--warmup",
                "--databases", "--out");

        /** @throws IllegalArgumentException for an unknown option or one without its value: a typo must not run */
        static Options parse(String[] args) {
            Map<String, String> given = CommandLine.parse(args, NAMES);
            return new Options(
                    Integer.parseInt(given.getOrDefault("--assets", "10000")),
                    Integer.parseInt(given.getOrDefault("--risks", "100000")),
                    Integer.parseInt(given.getOrDefault("--units", "20")),
                    Integer.parseInt(given.getOrDefault("--rounds", "200")),
                    Integer.parseInt(given.getOrDefault("--warmup", "30")),
                    List.of(given.getOrDefault("--databases", "sqlite,mariadb").split(",")),
                    Path.of(given.getOrDefault("--out", "list-pages.md")));
        }
    }


    /** Sends authenticated GETs and times them; any answer but 200 stops the benchmark, it would measure an error. */
    private record Client(HttpClient http, String base, String token) {

        long time(Scenario scenario) {
            long start = System.nanoTime();
            for (String path : scenario.paths()) {
                get(scenario.name(), scenario.page() ? path : API + path, scenario.page());
            }
            return System.nanoTime() - start;
        }

        /**
         * The cursor that asks for page {@code page} of {@code path}, walked there page by page as a client would; on a
         * register too small for that page, the cursor of its last full page.
         */
        String cursorOfPage(String path, int page) {
            String cursor = null;
            for (int walked = 1; walked < page; walked++) {
                JsonNode next = json(get("walking " + path, API + path + (cursor == null ? "" : "&cursor=" + cursor),
                        false)).get("next_cursor");
                if (next.isNull()) {
                    break;
                }
                cursor = next.asText();
            }
            return cursor == null ? "" : cursor;
        }

        /** A page is opened with the login token as its session cookie, as a signed-in browser sends it. */
        private byte[] get(String name, String path, boolean page) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header(page ? "Cookie" : "Authorization", page ? "aegis_session=" + token : "Bearer " + token)
                    .GET().build();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static JsonNode json(byte[] body) {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
