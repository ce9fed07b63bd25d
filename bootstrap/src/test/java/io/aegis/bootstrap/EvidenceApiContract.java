package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE;
import static io.aegis.bootstrap.EvidenceFiles.PATH;
import static io.aegis.bootstrap.EvidenceFiles.fields;
import static io.aegis.bootstrap.EvidenceFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/evidence} over real HTTP against the real wiring, on each database: uploads streamed into the
 * store and read back byte for byte, refusals that leave nothing behind (no row, no file, not even a temporary one),
 * a file changed on disk refused and flagged, restricted evidence hidden, links to controls and tasks, the purge.
 */
abstract class EvidenceApiContract extends RunningAegisContract {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Api reader;
    private long control;

    @BeforeAll
    void importACatalogAndSignInAReader() {
        reader = newReader();
        Api.Response imported = admin.post("/api/v1/frameworks/import",
                SampleFiles.catalog("sample-catalog-v1.json", "Evidenced " + UUID.randomUUID()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long framework = imported.json().get("framework_id").asLong();
        control = admin.get("/api/v1/frameworks/" + framework + "/controls?limit=500").json().get("items").get(1)
                .get("id").asLong();
    }

    private Path store() {
        return config().evidence().store();
    }

    private List<Path> storedFiles() {
        if (!Files.exists(store())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(store())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int rows() {
        return probe.dsl().fetchCount(EVIDENCE);
    }

    private int audited(String action) {
        return probe.dsl().fetchCount(AUDIT_LOGS, AUDIT_LOGS.ACTION.eq(action));
    }

    private JsonNode uploaded(Api api, String title, String fileName, byte[] content, String... more) {
        Api.Response response = upload(api, fields(title, more), fileName, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(PATH + "/" + response.json().get("id").asLong()));
        return response.json();
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        // a field the edge refused is listed in errors; one a value object refused is the problem's own field
        assertThat(response.json().findValuesAsText("field")).as(response.toString()).contains(field);
    }

    private static byte[] binary(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        System.arraycopy(PNG_HEAD, 0, content, 0, PNG_HEAD.length);
        return content;
    }

    @Test
    void text_goes_in_and_comes_back_byte_for_byte_with_its_type_told_from_the_content() {
        byte[] text = ("Firewall review, Q4: all rules justified. ✓ " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        int audits = audited("evidence.upload");
        JsonNode evidence = uploaded(admin, "Q4 firewall review", "review notes.txt", text,
                "sensitivity_level", "confidential", "retention_date", "2030-01-31",
                "description", "Signed off by the network team");

        String hash = EvidenceFiles.sha256(text);
        assertThat(evidence.get("file_hash").asText()).isEqualTo(hash);
        assertThat(evidence.get("file_size").asLong()).isEqualTo(text.length);
        assertThat(evidence.get("file_type").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(evidence.get("file_name").asText()).isEqualTo("review notes.txt");
        assertThat(evidence.get("file_path").asText()).isEqualTo("sha256/" + hash.substring(0, 2) + "/"
                + hash.substring(2));
        assertThat(evidence.get("sensitivity_level").asText()).isEqualTo("confidential");
        assertThat(evidence.get("retention_date").asText()).isEqualTo("2030-01-31T00:00:00.000Z");
        assertThat(evidence.get("integrity_status").asText()).isEqualTo("intact");
        assertThat(Files.exists(store().resolve(evidence.get("file_path").asText()))).isTrue();
        assertThat(audited("evidence.upload")).isEqualTo(audits + 1);

        HttpResponse<byte[]> download = EvidenceFiles.download(admin, evidence.get("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(text);
        // Jetty writes the media type's parameters without the space
        assertThat(download.headers().firstValue("Content-Type")).contains("text/plain;charset=utf-8");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"review notes.txt\"; filename*=UTF-8''review%20notes.txt");
    }

    @Test
    void binary_comes_back_byte_for_byte_and_identical_content_is_stored_once() {
        byte[] png = binary(3 * 1024 * 1024 + 17, System.nanoTime());
        JsonNode first = uploaded(admin, "Dashboard screenshot", "dash;board%.png", png);
        int files = storedFiles().size();
        JsonNode second = uploaded(admin, "The same screenshot, again", "copy.png", png);

        assertThat(first.get("file_type").asText()).isEqualTo("image/png");
        assertThat(second.get("file_path").asText()).isEqualTo(first.get("file_path").asText());
        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(storedFiles()).hasSize(files);
        HttpResponse<byte[]> download = EvidenceFiles.download(admin, second.get("id").asLong());
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(EvidenceFiles.download(admin, first.get("id").asLong()).headers()
                .firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment; filename=\"dash_board_.png\""));
    }

    @Test
    void refused_uploads_answer_problem_json_and_leave_nothing_behind() {
        int rows = rows();
        List<Path> files = storedFiles();
        byte[] text = "some text".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload(admin, fields("traversal"), "../../etc/passwd", text), 400, "file_name");
        // a quoted-string's backslash escapes the next character: two are one (RFC 9110, 5.6.4)
        assertRefused(upload(admin, fields("windows"), "..\\\\..\\\\boot.ini", text), 400, "file_name");
        // a control character in a part's headers is refused by the multipart parser before any name is read
        Api.Response controlCharacter = upload(admin, fields("control character"), "a\u0001b.txt", text);
        assertThat(controlCharacter.status()).as(controlCharacter.toString()).isEqualTo(400);
        assertThat(controlCharacter.contentType()).startsWith("application/problem+json");
        assertRefused(upload(admin, fields("bidi override"), "invoice\u202Etxt.exe", text), 400, "file_name");
        assertRefused(upload(admin, fields("empty"), "empty.txt", new byte[0]), 400, "file");
        assertRefused(upload(admin, fields(null), "untitled.txt", text), 400, "title");
        assertRefused(upload(admin, fields("no type", "evidence_type", null), "t.txt", text), 400, "evidence_type");
        assertRefused(upload(admin, fields("no file"), null, text), 400, "file");
        assertRefused(upload(admin, fields("bad sensitivity", "sensitivity_level", "Secret"), "t.txt", text), 400,
                "sensitivity_level");
        assertRefused(upload(admin, fields("unknown field", "owner", "me"), "t.txt", text), 400, "owner");
        Api.Response program = upload(admin, fields("a program"), "policy.pdf",
                "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(program.status()).as(program.toString()).isEqualTo(422);
        assertThat(program.json().get("code").asText()).isEqualTo("unsupported_file_type");
        Api.Response binary = upload(admin, fields("unknown bytes"), "data.bin", new byte[] {1, 2, 0, 3});
        assertThat(binary.status()).isEqualTo(422);
        assertThat(reader.get(PATH).status()).isEqualTo(200);
        Api.Response readerUpload = upload(reader, fields("a reader's"), "r.txt", text);
        assertThat(readerUpload.status()).isEqualTo(403);

        assertThat(rows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void a_file_over_the_limit_is_413_and_leaves_nothing_behind() {
        AegisConfig.Evidence settings = config().evidence();
        restartAegis(config -> config.withEvidence(new AegisConfig.Evidence(64 * 1024, settings.store(),
                settings.purgeInterval())));
        try {
            int rows = rows();
            List<Path> files = storedFiles();
            Api.Response tooLarge = upload(admin, fields("too large"), "big.png", binary(64 * 1024 + 1, 1));
            assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
            assertThat(tooLarge.contentType()).startsWith("application/problem+json");
            assertThat(rows()).isEqualTo(rows);
            assertThat(storedFiles()).isEqualTo(files);
            assertThat(upload(admin, fields("just fits"), "fits.png", binary(64 * 1024, 2)).status()).isEqualTo(201);
        } finally {
            restartAegis(config -> config.withEvidence(settings));
            reader = newReader();
        }
    }

    @Test
    void a_file_changed_on_disk_is_refused_on_download_and_the_evidence_flagged() throws IOException {
        byte[] text = ("Access review " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonNode evidence = uploaded(admin, "Access review", "access.txt", text);
        long id = evidence.get("id").asLong();
        Files.writeString(store().resolve(evidence.get("file_path").asText()), "Access review: nothing to see");
        int flagged = audited("evidence.integrity_failed");

        HttpResponse<String> refused = EvidenceFiles.send(admin, id, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("evidence_integrity_failed").doesNotContain("Exception");
        JsonNode after = admin.get(PATH + "/" + id).json();
        assertThat(after.get("integrity_status").asText()).isEqualTo("failed");
        assertThat(after.get("integrity_checked_at").isNull()).isFalse();
        assertThat(audited("evidence.integrity_failed")).isEqualTo(flagged + 1);
        assertThat(admin.get(PATH + "?integrity_status=failed").json().get("items").findValuesAsText("id"))
                .contains(String.valueOf(id));
    }

    @Test
    void restricted_evidence_is_seen_only_by_its_uploader_and_holders_of_evidence_restricted() {
        String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/v1/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                + "@example.com\", \"password\": \"analysing all day long\", \"role_ids\": [2],"
                + " \"must_change_password\": false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api analyst = anonymous.loggedInAs(name, "analysing all day long");
        String title = "Pen test report " + UUID.randomUUID();
        JsonNode secret = uploaded(analyst, title, "pentest.pdf",
                "%PDF-1.7 the findings".getBytes(StandardCharsets.US_ASCII), "sensitivity_level", "restricted");
        long id = secret.get("id").asLong();
        Api.Response linked = analyst.post(PATH + "/" + id + "/controls", "{\"control_id\": " + control + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);

        assertThat(analyst.get(PATH + "/" + id).status()).isEqualTo(200);
        assertThat(EvidenceFiles.download(analyst, id).statusCode()).isEqualTo(200);
        assertThat(admin.get(PATH + "/" + id).status()).isEqualTo(200);
        assertThat(reader.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(EvidenceFiles.download(reader, id).statusCode()).isEqualTo(404);
        assertThat(reader.get(PATH + "/" + id + "/controls").status()).isEqualTo(404);
        assertThat(reader.get(PATH + "?q=" + title.substring(16)).json().get("total").asLong()).isZero();
        assertThat(analyst.get(PATH + "?q=" + title.substring(16)).json().get("total").asLong()).isEqualTo(1);
        assertThat(reader.get("/api/v1/controls/" + control + "/evidence").json().findValuesAsText("evidence_id"))
                .doesNotContain(String.valueOf(id));
        assertThat(admin.get("/api/v1/controls/" + control + "/evidence").json().findValuesAsText("evidence_id"))
                .contains(String.valueOf(id));
    }

    @Test
    void evidence_links_to_controls_once_and_is_listed_from_both_sides() {
        JsonNode evidence = uploaded(admin, "MFA configuration", "mfa.json", "{\"mfa\": true}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(evidence.get("file_type").asText()).isEqualTo("application/json");
        long id = evidence.get("id").asLong();
        int audits = audited("evidence.link_control");

        Api.Response linked = admin.post(PATH + "/" + id + "/controls", "{\"control_id\": " + control
                + ", \"support_type\": \"primary\", \"adequacy_rating\": \"partially_adequate\", \"notes\": \"n\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().get("support_type").asText()).isEqualTo("primary");
        assertThat(linked.json().get("adequacy_rating").asText()).isEqualTo("partially_adequate");
        assertThat(admin.post(PATH + "/" + id + "/controls", "{\"control_id\": " + control + "}").status())
                .isEqualTo(409);
        assertThat(admin.post(PATH + "/" + id + "/controls", "{\"control_id\": 999999}").status()).isEqualTo(422);
        assertThat(admin.post(PATH + "/" + id + "/controls", "{\"control_id\": " + control
                + ", \"support_type\": \"Primary\"}").status()).isEqualTo(400);
        assertThat(admin.post(PATH + "/999999/controls", "{\"control_id\": " + control + "}").status())
                .isEqualTo(404);
        assertThat(audited("evidence.link_control")).isEqualTo(audits + 1);

        assertThat(admin.get(PATH + "/" + id + "/controls").json().findValuesAsText("control_id"))
                .containsExactly(String.valueOf(control));
        assertThat(admin.get("/api/v1/controls/" + control + "/evidence").json().findValuesAsText("evidence_id"))
                .contains(String.valueOf(id));
        assertThat(admin.delete(PATH + "/" + id + "/controls/" + control).status()).isEqualTo(204);
        assertThat(admin.delete(PATH + "/" + id + "/controls/" + control).status()).isEqualTo(404);
        assertThat(admin.get(PATH + "/" + id + "/controls").json().size()).isZero();
        assertThat(audited("evidence.unlink_control")).isPositive();
    }

    @Test
    void evidence_links_to_tasks_once_and_an_unknown_task_is_404() {
        long task = aTask();
        JsonNode evidence = uploaded(admin, "Patch proof", "patch.csv", "host,patched\nweb1,yes\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(evidence.get("file_type").asText()).isEqualTo("text/csv; charset=utf-8");
        long id = evidence.get("id").asLong();

        Api.Response linked = admin.post("/api/v1/tasks/" + task + "/evidence", "{\"evidence_id\": " + id
                + ", \"relationship_type\": \"proof_of_fix\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().get("task_title").asText()).isEqualTo("Patch the web servers");
        assertThat(admin.post("/api/v1/tasks/" + task + "/evidence", "{\"evidence_id\": " + id + "}").status())
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/tasks/999999/evidence", "{\"evidence_id\": " + id + "}").status())
                .isEqualTo(404);
        assertThat(admin.post("/api/v1/tasks/" + task + "/evidence", "{\"evidence_id\": 999999}").status())
                .isEqualTo(422);
        assertThat(admin.get("/api/v1/tasks/999999/evidence").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/tasks/" + task + "/evidence").json().findValuesAsText("evidence_id"))
                .containsExactly(String.valueOf(id));
        assertThat(admin.get(PATH + "/" + id + "/tasks").json().findValuesAsText("task_id"))
                .containsExactly(String.valueOf(task));
        assertThat(audited("evidence.link_task")).isPositive();
    }

    private long aTask() {
        Api.Response created = admin.post("/api/v1/tasks", "{\"title\": \"Patch the web servers\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void the_purge_removes_expired_unlinked_evidence_and_files_no_evidence_names() throws IOException {
        byte[] expiredContent = ("expired " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonNode expired = uploaded(admin, "Old log extract", "old.txt", expiredContent,
                "collection_date", "2019-01-01", "retention_date", "2020-01-01");
        JsonNode expiredButLinked = uploaded(admin, "Old but still used", "used.txt",
                ("used " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "retention_date", "2020-01-01");
        assertThat(admin.post(PATH + "/" + expiredButLinked.get("id").asLong() + "/controls",
                "{\"control_id\": " + control + "}").status()).isEqualTo(201);
        JsonNode kept = uploaded(admin, "Current", "current.txt",
                ("current " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "retention_date", "2999-01-01");
        Path expiredFile = store().resolve(expired.get("file_path").asText());
        Path orphan = store().resolve("sha256/00/" + "0".repeat(62));
        Path interrupted = store().resolve("tmp/upload-123456789.part");
        Path freshOrphan = store().resolve("sha256/01/" + "1".repeat(62));
        for (Path file : List.of(orphan, interrupted, freshOrphan)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "left behind by a crash");
        }
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path file : List.of(expiredFile, orphan, interrupted)) {
            Files.setLastModifiedTime(file, twoHoursAgo);
        }
        int audits = audited("evidence.purge");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(EvidencePurgeCommand.run(config(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(Main.OK);

        assertThat(admin.get(PATH + "/" + expired.get("id").asLong()).status()).isEqualTo(404);
        assertThat(admin.get(PATH + "/" + expiredButLinked.get("id").asLong()).status()).isEqualTo(200);
        assertThat(admin.get(PATH + "/" + kept.get("id").asLong()).status()).isEqualTo(200);
        assertThat(expiredFile).doesNotExist();
        assertThat(orphan).doesNotExist();
        assertThat(interrupted).doesNotExist();
        assertThat(freshOrphan).exists();
        assertThat(store().resolve(kept.get("file_path").asText())).exists();
        // the expired evidence's row and its file, the orphan and the interrupted upload
        assertThat(audited("evidence.purge")).isGreaterThanOrEqualTo(audits + 4);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("evidence purged");
        Files.delete(freshOrphan);
    }
}
