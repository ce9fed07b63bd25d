package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The sample catalog imported twice, as frameworks A and B (AC-1, AC-2, AC-2(1) in family AC; AU-6 in family AU),
 * and A mapped to B: AC-1 equal AC-1, AC-2 subset_of AC-2 (B's AC-2 contains A's: full coverage), AU-6 superset_of
 * AU-6 (B's AU-6 meets part of A's: partial coverage); A's AC-2(1) is mapped to nothing. For the posture's tests.
 *
 * @param ofA A's control ids by label
 * @param ofB B's control ids by label
 */
record CompliancePair(Api admin, long a, long b, String nameOfB, Map<String, Long> ofA, Map<String, Long> ofB) {

    static CompliancePair create(Api admin) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long a = importSample(admin, "Posture A " + suffix);
        long b = importSample(admin, "Posture B " + suffix);
        CompliancePair pair = new CompliancePair(admin, a, b, "Posture B " + suffix, controls(admin, a),
                controls(admin, b));
        pair.map("AC-1", "equal", "AC-1");
        pair.map("AC-2", "subset_of", "AC-2");
        pair.map("AU-6", "superset_of", "AU-6");
        return pair;
    }

    private static long importSample(Api admin, String title) {
        Api.Response imported = admin.post("/api/v1/frameworks/import", SampleFiles.catalog("sample-catalog-v1.json",
                title));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return imported.json().get("framework_id").asLong();
    }

    private static Map<String, Long> controls(Api admin, long framework) {
        Map<String, Long> controls = new HashMap<>();
        admin.get("/api/v1/frameworks/" + framework + "/controls?limit=500").json().get("items").forEach(control ->
                controls.put(control.get("control_id").asText(), control.get("id").asLong()));
        return controls;
    }

    private void map(String fromA, String relationship, String toB) {
        Api.Response created = admin.post("/api/v1/control-mappings", "{\"source_control_id\": " + ofA.get(fromA)
                + ", \"target_control_id\": " + ofB.get(toB) + ", \"mapping_type\": \"" + relationship + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Plans, evaluates and completes an assessment of A; {@code extra} adds to its body. */
    long completedOfA(Map<String, String> statuses, String extra) {
        return completed(a, ofA, statuses, extra);
    }

    /** Plans, evaluates and completes an assessment of B; {@code extra} adds to its body. */
    long completedOfB(Map<String, String> statuses, String extra) {
        return completed(b, ofB, statuses, extra);
    }

    private long completed(long framework, Map<String, Long> controls, Map<String, String> statuses, String extra) {
        Api.Response planned = admin.post("/api/v1/assessments", "{\"name\": \"Posture " + UUID.randomUUID()
                + "\", \"assessment_type\": \"internal\", \"framework_id\": " + framework + extra + "}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        move(id, "in_progress");
        statuses.forEach((label, status) -> {
            Api.Response evaluated = admin.put("/api/v1/assessments/" + id + "/controls/" + controls.get(label),
                    "{\"implementation_status\": \"" + status + "\"}");
            assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        });
        move(id, "under_review");
        move(id, "completed");
        return id;
    }

    private void move(long assessment, String to) {
        Api.Response moved = admin.post("/api/v1/assessments/" + assessment + "/transitions", "{\"to\": \"" + to
                + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }
}
