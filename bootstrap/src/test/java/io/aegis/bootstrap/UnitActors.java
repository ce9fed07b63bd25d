package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/**
 * The three actors of the scope tests, made through the API as an administrator would: two sibling units A and B
 * under the root, and one analyst in each, holding the same role there for the unit's subtree. The first
 * administrator holds every permission everywhere.
 *
 * @param role the analysts' role: asset, risk and audit reading and writing, matrices and risk acceptance,
 *             nothing about users
 */
record UnitActors(Api admin, long unitA, long unitB, long role, long analystOfAId, Api analystOfA,
                  long analystOfBId, Api analystOfB) {

    static final String ANALYST_PASSWORD = "working in one unit only";
    static final String PERMISSIONS = "[\"asset:read\", \"asset:write\", \"risk:read\", \"risk:write\","
            + " \"matrix:write\", \"risk:accept\", \"audit:read\"]";

    /** Makes the units, the role and the analysts, each with names no other test uses. */
    static UnitActors create(Api anonymous, Api admin) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long unitA = id(admin.post("/api/v1/org-units", "{\"name\": \"Unit A " + suffix + "\", \"parent_id\": 1}"));
        long unitB = id(admin.post("/api/v1/org-units", "{\"name\": \"Unit B " + suffix + "\", \"parent_id\": 1}"));
        long role = id(admin.post("/api/v1/roles", "{\"name\": \"Unit analyst " + suffix + "\", \"permissions\": "
                + PERMISSIONS + "}"));
        long alice = analyst(admin, "alice-" + suffix, role, unitA);
        long bob = analyst(admin, "bob-" + suffix, role, unitB);
        return new UnitActors(admin, unitA, unitB, role, alice, anonymous.loggedInAs("alice-" + suffix,
                ANALYST_PASSWORD), bob, anonymous.loggedInAs("bob-" + suffix, ANALYST_PASSWORD));
    }

    /**
     * Gives alice, besides her role in unit A, a new role holding {@code permissions} for the whole organisation: what
     * the organisation-wide contexts (assessments, tasks, postures) ask while her assets and risks stay unit A's.
     */
    void grantAliceEverywhere(String... permissions) {
        long everywhere = id(admin.post("/api/v1/roles", "{\"name\": \"Everywhere " + UUID.randomUUID()
                + "\", \"permissions\": [\"" + String.join("\", \"", permissions) + "\"]}"));
        Api.Response assigned = admin.put("/api/v1/users/" + analystOfAId + "/role-assignments",
                "[{\"role_id\": " + role + ", \"org_unit_id\": " + unitA + ", \"recursive\": true},"
                + " {\"role_id\": " + everywhere + ", \"org_unit_id\": 1, \"recursive\": true}]");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    private static long analyst(Api admin, String username, long role, long unit) {
        long user = id(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"email\": \"" + username
                + "@example.com\", \"password\": \"" + ANALYST_PASSWORD + "\", \"must_change_password\": false}"));
        Api.Response assigned = admin.put("/api/v1/users/" + user + "/role-assignments",
                "[{\"role_id\": " + role + ", \"org_unit_id\": " + unit + ", \"recursive\": true}]");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        return user;
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
