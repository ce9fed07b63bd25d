package io.aegis.adapters.persistence.schema;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.domain.identity.Permission;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the migrated schema, on SQLite and on MariaDB, to the schema document (the copy in
 * {@code src/test/resources/seed/}) and to the decisions of docs/SCHEMA.md: every table and column, every
 * index, every foreign key with its delete rule, every CHECK, the updated_at maintenance, and the reference
 * data of V2. Constraints are proven by behaviour (rows refused and accepted), not only by metadata.
 */
class SeedConformanceTest {

    private static final SeedDocument SEED = SeedDocument.load();

    /** The delete rule decided for each foreign key of the document (docs/SCHEMA.md gives the reasons). */
    private static final Map<String, String> DELETE_RULES = Map.ofEntries(
            entry("user_roles.user_id", "CASCADE"),
            entry("user_roles.role_id", "CASCADE"),
            entry("assets.category_id", "SET NULL"),
            entry("assets.owner_id", "RESTRICT"),
            entry("assets.created_by", "SET NULL"),
            entry("asset_relationships.source_asset_id", "CASCADE"),
            entry("asset_relationships.target_asset_id", "CASCADE"),
            entry("asset_relationships.created_by", "SET NULL"),
            entry("risks.asset_id", "SET NULL"),
            entry("risks.risk_matrix_id", "RESTRICT"),
            entry("risks.owner_id", "RESTRICT"),
            entry("risks.created_by", "SET NULL"),
            entry("risk_scores.risk_id", "CASCADE"),
            entry("risk_scores.scored_by", "SET NULL"),
            entry("controls.framework_id", "CASCADE"),
            entry("controls.parent_id", "CASCADE"),
            entry("control_mappings.source_control_id", "CASCADE"),
            entry("control_mappings.target_control_id", "CASCADE"),
            entry("control_mappings.created_by", "SET NULL"),
            entry("assessments.framework_id", "SET NULL"),
            entry("assessments.asset_id", "SET NULL"),
            entry("assessments.assessor_internal", "SET NULL"),
            entry("assessments.created_by_id", "SET NULL"),
            entry("assessment_controls.assessment_id", "CASCADE"),
            entry("assessment_controls.control_id", "CASCADE"),
            entry("assessment_controls.tested_by", "SET NULL"),
            entry("tasks.risk_id", "SET NULL"),
            entry("tasks.assessment_id", "SET NULL"),
            entry("tasks.asset_id", "SET NULL"),
            entry("tasks.control_id", "SET NULL"),
            entry("tasks.assigned_to_id", "SET NULL"),
            entry("tasks.created_by_id", "SET NULL"),
            entry("task_comments.task_id", "CASCADE"),
            entry("task_comments.created_by", "RESTRICT"),
            entry("task_evidence.task_id", "CASCADE"),
            entry("task_evidence.evidence_id", "CASCADE"),
            entry("task_evidence.created_by", "SET NULL"),
            entry("evidence.uploaded_by", "SET NULL"),
            entry("evidence_controls.evidence_id", "CASCADE"),
            entry("evidence_controls.control_id", "CASCADE"),
            entry("evidence_controls.created_by", "SET NULL"),
            entry("integrations.created_by", "SET NULL"),
            entry("vulnerability_data.asset_id", "SET NULL"),
            entry("vulnerability_data.integration_id", "SET NULL"),
            entry("threat_intel_data.integration_id", "SET NULL"),
            entry("audit_logs.user_id", "SET NULL"),
            entry("report_templates.created_by", "SET NULL"),
            entry("reports.template_id", "SET NULL"),
            entry("reports.generated_by", "SET NULL"));

    /** The CHECK each enumeration of the document gets (chk_criticality_valid is the document's own). */
    private static final Map<String, String> ENUMERATION_CHECKS = Map.of(
            "assets.asset_type", "chk_asset_type_valid",
            "assets.criticality", "chk_criticality_valid",
            "risks.category", "chk_risk_category_valid",
            "risks.status", "chk_risk_status_valid");

    /** Unique indexes the document asks for in words or that the decisions add, besides its CREATE INDEX. */
    private static final Map<String, String> ADDED_UNIQUE_INDEXES = Map.ofEntries(
            entry("uq_roles_name", "roles (name)"),
            entry("uq_user_roles_user_role", "user_roles (user_id, role_id)"),
            entry("uq_asset_categories_name", "asset_categories (name)"),
            entry("uq_roles_name_key", "roles (name_key)"),
            entry("uq_asset_categories_name_key", "asset_categories (name_key)"),
            entry("uq_risk_matrices_name_key", "risk_matrices (name_key)"),
            entry("uq_asset_relationships_edge", "asset_relationships (source_asset_id, target_asset_id, relationship_type)"),
            entry("uq_audit_logs_entry_id", "audit_logs (entry_id)"),
            entry("uq_audit_logs_chain_seq", "audit_logs (chain_seq)"),
            entry("uq_controls_framework_control", "controls (framework_id, control_id)"),
            entry("uq_control_mappings_pair", "control_mappings (source_control_id, target_control_id)"),
            entry("uq_assessment_controls_control", "assessment_controls (assessment_id, control_id)"),
            entry("uq_frameworks_catalog_key", "frameworks (catalog_key)"),
            entry("uq_evidence_controls_link", "evidence_controls (evidence_id, control_id)"),
            entry("uq_task_evidence_link", "task_evidence (task_id, evidence_id)"));

    /** Plain indexes that later migrations add for the read models' common queries (docs/SCHEMA.md). */
    private static final Map<String, String> ADDED_INDEXES = Map.ofEntries(
            entry("idx_risks_created_at", "risks (created_at)"),
            entry("idx_risks_next_review_date", "risks (next_review_date, id, status, is_active, org_unit_id)"),
            entry("idx_assets_org_unit_id", "assets (org_unit_id)"),
            entry("idx_risks_org_unit_created",
                    "risks (org_unit_id, created_at, id, is_active, status, next_review_date, title)"),
            entry("idx_risk_matrices_org_unit_id", "risk_matrices (org_unit_id)"),
            entry("idx_audit_logs_org_unit_id", "audit_logs (org_unit_id)"),
            entry("idx_risks_status_inherent_score", "risks (status, inherent_risk_score, id, is_active, org_unit_id)"),
            entry("idx_risks_status_residual_score", "risks (status, residual_risk_score, id, is_active, org_unit_id)"),
            entry("idx_risks_inherent_cells",
                    "risks (risk_matrix_id, inherent_likelihood, inherent_impact, status, is_active, org_unit_id)"),
            entry("idx_risks_residual_cells",
                    "risks (risk_matrix_id, residual_likelihood, residual_impact, status, is_active, org_unit_id)"),
            entry("idx_controls_framework_position", "controls (framework_id, sort_position, id)"),
            entry("idx_assessments_baseline_id", "assessments (baseline_id)"),
            entry("idx_tasks_assessment_control", "tasks (assessment_id, control_id)"),
            entry("idx_evidence_file_hash", "evidence (file_hash)"),
            entry("idx_evidence_retention_date", "evidence (retention_date)"));

    /** Indexes of the document that later migrations widen with the columns their lists read (V19), by name. */
    private static final Map<String, List<String>> WIDENED_INDEXES = Map.of(
            "idx_risks_title", List.of("title", "id", "is_active", "org_unit_id"));

    /** The document's tables to which V17 adds a foreign key to their row's unit. */
    private static final List<String> SCOPED_TABLES = List.of("assets", "risks", "risk_matrices", "audit_logs");

    /** V23 scopes an assessment to a baseline; a baseline removed leaves the assessment. */
    private static final SchemaSnapshot.ForeignKey ASSESSMENT_BASELINE = new SchemaSnapshot.ForeignKey(
            "fk_assessments_baseline_id", "baseline_id", "framework_baselines", "id", "SET NULL");

    /** CHECKs that later migrations add to the document's (docs/SCHEMA.md, "Later migrations"). */
    private static final Set<String> ADDED_CHECKS = Set.of("chk_residual_likelihood_range", "chk_residual_impact_range",
            "chk_control_mappings_type", "chk_control_mappings_confidence", "chk_control_mappings_strength",
            "chk_assessment_status_valid", "chk_assessment_risk_rating_valid", "chk_assessment_score_range",
            "chk_implementation_status_valid", "chk_effectiveness_rating_valid", "chk_maturity_level_range",
            "chk_task_status_valid", "chk_task_type_valid", "chk_task_comment_type_valid",
            "chk_evidence_sensitivity_valid", "chk_evidence_integrity_valid", "chk_evidence_support_type_valid",
            "chk_evidence_adequacy_valid");

    /** Columns that later migrations append to the document's tables (docs/SCHEMA.md, "Later migrations"). */
    private static final Map<String, List<String>> ADDED_COLUMNS = Map.ofEntries(
            entry("audit_logs", List.of("previous_hash", "row_hash", "entry_id", "client_request_id", "seal_version",
                    "key_id", "entry_mac", "chain_seq", "org_unit_id")),
            entry("roles", List.of("name_key")),
            entry("users", List.of("must_change_password")),
            entry("asset_categories", List.of("name_key")),
            entry("risk_matrices", List.of("name_key", "org_unit_id")),
            entry("assets", List.of("org_unit_id")),
            entry("risks", List.of("org_unit_id")),
            entry("controls", List.of("is_group", "sort_position", "moved_to")),
            entry("control_mappings", List.of("strength", "updated_at")),
            entry("assessments", List.of("baseline_id")),
            entry("frameworks", List.of("catalog_key")),
            entry("evidence", List.of("integrity_status", "integrity_checked_at")));

    /** SQLite: "UNIQUE constraint failed"; MySQL: "Duplicate entry". */
    private static final Pattern REFUSED_AS_DUPLICATE = Pattern.compile("(?is)^refused: .*(unique|duplicate)");

    /** SQLite: "FOREIGN KEY constraint failed"; MySQL: "a foreign key constraint fails". */
    private static final Pattern REFUSED_BY_FOREIGN_KEY = Pattern.compile("(?is)^refused: .*foreign key");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void hasEveryTableAndColumnOfTheDocument(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            SchemaSnapshot schema = SchemaSnapshot.read(database).restrictedTo(SEED.tables().keySet());

            assertThat(schema.tables().keySet()).containsExactlyInAnyOrderElementsOf(SEED.tables().keySet());
            SoftAssertions softly = new SoftAssertions();
            for (SeedDocument.Table table : SEED.tables().values()) {
                SchemaSnapshot.Table actual = schema.table(table.name());
                softly.assertThat(actual.columns()).as(table.name() + " columns")
                        .map(SchemaSnapshot.Column::name)
                        .containsExactlyElementsOf(Stream.concat(
                                table.columns().stream().map(SeedDocument.Column::name),
                                ADDED_COLUMNS.getOrDefault(table.name(), List.of()).stream()).toList());
                softly.assertThat(actual.primaryKey()).as(table.name() + " primary key").containsExactly("id");
                for (SeedDocument.Column column : table.columns()) {
                    actual.column(column.name()).ifPresent(c -> softly.assertThat(c).as(table.name() + "." + c.name())
                            .isEqualTo(new SchemaSnapshot.Column(column.name(), expectedType(column),
                                    !column.notNull(), expectedDefault(column))));
                }
            }
            softly.assertAll();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void hasEveryIndexOfTheDocumentPlusTheUniqueAndForeignKeyIndexes(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            SchemaSnapshot schema = SchemaSnapshot.read(database).restrictedTo(SEED.tables().keySet());
            List<String> expected = new ArrayList<>();
            SEED.indexes().forEach(i -> expected.add(indexLine(i.name(), i.table(),
                    WIDENED_INDEXES.getOrDefault(i.name(), i.columns()))));
            ADDED_UNIQUE_INDEXES.forEach((name, on) -> expected.add(name + " ON " + on));
            ADDED_INDEXES.forEach((name, on) -> expected.add(name + " ON " + on));
            for (SeedDocument.ForeignKey fk : SEED.foreignKeys()) {
                boolean indexed = SEED.indexes().stream()
                        .anyMatch(i -> i.table().equals(fk.table()) && i.columns().equals(List.of(fk.column())));
                if (!indexed) {
                    expected.add(indexLine("idx_" + fk.table() + "_" + fk.column(), fk.table(), List.of(fk.column())));
                }
            }
            List<String> actual = new ArrayList<>();
            schema.tables().values().forEach(t -> t.indexes().forEach(
                    i -> actual.add(indexLine(i.name(), t.name(), i.columns()))));
            assertThat(SchemaSnapshot.difference("expected", expected, "database", actual)).isEmpty();

            // exactly these are unique: the document's UNIQUE columns and the added indexes
            Set<String> unique = new TreeSet<>();
            schema.tables().values().forEach(t -> t.indexes().stream().filter(SchemaSnapshot.Index::unique)
                    .forEach(i -> unique.add(t.name() + " (" + String.join(", ", i.columns()) + ")")));
            Set<String> expectedUnique = new TreeSet<>(ADDED_UNIQUE_INDEXES.values());
            SEED.tables().values().forEach(t -> t.columns().stream().filter(SeedDocument.Column::unique)
                    .forEach(c -> expectedUnique.add(t.name() + " (" + c.name() + ")")));
            assertThat(unique).containsExactlyElementsOf(expectedUnique);
        }
    }

    private static String indexLine(String name, String table, List<String> columns) {
        return name + " ON " + table + " (" + String.join(", ", columns) + ")";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void uniqueIndexesRefuseDuplicatesAndNamesCompareExactlyOrByTheirKey(Function<Path, TestDatabase> kind)
            throws SQLException {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            Rows rows = new Rows(database, SEED);
            rows.insert("asset_categories", "name", "Servers");
            assertThat(Rows.outcome(() -> rows.insert("asset_categories", "name", "Servers")))
                    .containsPattern(REFUSED_AS_DUPLICATE);
            rows.insert("asset_categories", "name", "servers");
            rows.insert("asset_categories", "name", "Café");
            rows.insert("asset_categories", "name", "Cafe");
            rows.insert("asset_categories", Map.of("name", "Ärzte", "name_key", "ärzte"));
            assertThat(Rows.outcome(
                    () -> rows.insert("asset_categories", Map.of("name", "ÄRZTE", "name_key", "ärzte"))))
                    .containsPattern(REFUSED_AS_DUPLICATE);
            rows.insert("users", Map.of("email", "ada@example.com", "username", "ada"));
            assertThat(Rows.outcome(() -> rows.insert("users", Map.of("email", "ada@example.com", "username", "ada2"))))
                    .containsPattern(REFUSED_AS_DUPLICATE);
            assertThat(Rows.outcome(() -> rows.insert("users", Map.of("email", "ada2@example.com", "username", "ada"))))
                    .containsPattern(REFUSED_AS_DUPLICATE);
            assertThat(Rows.outcome(() -> rows.insert("roles", "name", "Admin"))).containsPattern(REFUSED_AS_DUPLICATE);
            long user = rows.insert("users");
            long role = rows.insert("roles");
            rows.insert("user_roles", Map.of("user_id", user, "role_id", role));
            assertThat(Rows.outcome(() -> rows.insert("user_roles", Map.of("user_id", user, "role_id", role))))
                    .containsPattern(REFUSED_AS_DUPLICATE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void hasEveryForeignKeyOfTheDocumentWithItsDecidedDeleteRule(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            SchemaSnapshot schema = SchemaSnapshot.read(database).restrictedTo(SEED.tables().keySet());
            List<SeedDocument.ForeignKey> seedKeys = SEED.foreignKeys();
            assertThat(DELETE_RULES.keySet()).as("a delete rule is decided for every foreign key of the document")
                    .containsExactlyInAnyOrderElementsOf(seedKeys.stream().map(SeedDocument.ForeignKey::key).toList());

            List<String> expected = seedKeys.stream()
                    .map(fk -> describe(fk.table(), new SchemaSnapshot.ForeignKey(
                            "fk_" + fk.table() + "_" + fk.column(), fk.column(), fk.referencedTable(), "id",
                            DELETE_RULES.get(fk.key()))))
                    .collect(Collectors.toCollection(ArrayList::new));
            SCOPED_TABLES.forEach(table -> expected.add(describe(table, unitOf(table))));
            expected.add(describe("assessments", ASSESSMENT_BASELINE));
            List<String> actual = schema.tables().values().stream()
                    .flatMap(t -> t.foreignKeys().stream().map(fk -> describe(t.name(), fk)))
                    .toList();
            assertThat(SchemaSnapshot.difference("expected", expected, "database", actual)).isEmpty();
        }
    }

    private static SchemaSnapshot.ForeignKey unitOf(String table) {
        return new SchemaSnapshot.ForeignKey("fk_" + table + "_org_unit_id", "org_unit_id", "org_units", "id",
                "RESTRICT");
    }

    private static String describe(String table, SchemaSnapshot.ForeignKey fk) {
        return fk.name() + ": " + table + " (" + fk.column() + ") REFERENCES " + fk.referencedTable() + " ("
                + fk.referencedColumn() + ") ON DELETE " + fk.onDelete();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void enforcesEveryForeignKeyAndItsDeleteRule(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            Rows rows = new Rows(database, SEED);
            SoftAssertions softly = new SoftAssertions();
            for (SeedDocument.ForeignKey fk : SEED.foreignKeys()) {
                softly.assertThat(Rows.outcome(() -> rows.insert(fk.table(), fk.column(), 999_999_999L)))
                        .as("%s: a row referencing no %s row", fk.key(), fk.referencedTable())
                        .containsPattern(REFUSED_BY_FOREIGN_KEY);
                softly.assertThatCode(() -> assertDeleteRule(rows, fk, DELETE_RULES.get(fk.key())))
                        .as("%s ON DELETE %s", fk.key(), DELETE_RULES.get(fk.key()))
                        .doesNotThrowAnyException();
            }
            softly.assertAll();
        }
    }

    private static void assertDeleteRule(Rows rows, SeedDocument.ForeignKey fk, String rule) throws SQLException {
        long parent = rows.insert(fk.referencedTable());
        long child = rows.insert(fk.table(), fk.column(), parent);
        switch (rule) {
            case "CASCADE" -> {
                rows.delete(fk.referencedTable(), parent);
                assertThat(rows.exists(fk.table(), child)).as("the dependent row is deleted").isFalse();
            }
            case "SET NULL" -> {
                rows.delete(fk.referencedTable(), parent);
                assertThat(rows.exists(fk.table(), child)).as("the row is kept").isTrue();
                assertThat(rows.value(fk.table(), fk.column(), child)).as("the reference is cleared").isNull();
            }
            case "RESTRICT" -> {
                assertThat(Rows.outcome(() -> rows.delete(fk.referencedTable(), parent)))
                        .containsPattern(REFUSED_BY_FOREIGN_KEY);
                assertThat(rows.exists(fk.referencedTable(), parent)).as("the referenced row is kept").isTrue();
                assertThat(rows.value(fk.table(), fk.column(), child)).isEqualTo(String.valueOf(parent));
            }
            default -> throw new IllegalArgumentException(rule);
        }
    }

    /** A CHECK, the values it must accept and those it must refuse, in one column of one table. */
    private record CheckCase(String check, String table, String column, List<Object> accepted, List<Object> refused) {
    }

    private static Stream<CheckCase> checkCases() {
        Stream<CheckCase> documented = Stream.of(
                new CheckCase("chk_email_format", "users", "email",
                        List.of("ada@example.com", "A.B-c_d%e+f@mail-1.example.ORG", "x@y.zz", "x@..co"),
                        List.of("ada", "ada@example", "ada@example.c", "ada@@example.com", "ada@exa@mple.com",
                                "@example.com", "ada@.com", "ada lovelace@example.com", "ada@exam_ple.com",
                                "ada@example.c0m", "ada@example.com ", "ada@example.com\n", "adé@example.com",
                                "ada@example.com\u0000", "ſ@example.com")),
                new CheckCase("chk_username_length", "users", "username",
                        List.of("ada", "ééé"),
                        List.of("", "ab", "éé")),
                new CheckCase("chk_ip_address_format", "assets", "ip_address",
                        Arrays.asList(null, "192.0.2.1", "0.0.0.0", "255.255.255.255", "::", "::1", "2001:db8::1",
                                "fe80::1", "FE80::ABCD:12", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                                "::ffff:192.0.2.1", "64:ff9b::198.51.100.7"),
                        List.of("", "192.0.2", "192.0.2.1.5", "1922.0.2.1", ".192.0.2", "192..0.2", "192.0.2.x",
                                " 192.0.2.1", "192.0.2.1\n", "localhost", "fe80:1", "2001:db8::g1", "fe80::1%eth0",
                                "[::1]", "2001:db8::1\u0000")),
                // the document's 1..5, widened by V5 to the largest matrix (6 x 6)
                new CheckCase("chk_likelihood_range", "risks", "inherent_likelihood",
                        Arrays.asList(null, 1, 3, 5, 6), List.of(0, 7, -1)),
                new CheckCase("chk_impact_range", "risks", "inherent_impact",
                        Arrays.asList(null, 1, 5, 6), List.of(0, 7)),
                new CheckCase("chk_residual_likelihood_range", "risks", "residual_likelihood",
                        Arrays.asList(null, 1, 6), List.of(0, 7)),
                new CheckCase("chk_residual_impact_range", "risks", "residual_impact",
                        Arrays.asList(null, 1, 6), List.of(0, 7)),
                new CheckCase("chk_assessment_status_valid", "assessments", "status",
                        Arrays.asList(null, "planning", "in_progress", "under_review", "completed", "cancelled"),
                        List.of("review", "PLANNING", "planning ", "")),
                new CheckCase("chk_assessment_risk_rating_valid", "assessments", "risk_rating",
                        Arrays.asList(null, "low", "medium", "high", "critical"), List.of("severe", "LOW", "")),
                new CheckCase("chk_assessment_score_range", "assessments", "overall_score",
                        Arrays.asList(null, 0.0, 47.92, 100), List.of(-0.01, 100.01)),
                new CheckCase("chk_implementation_status_valid", "assessment_controls", "implementation_status",
                        List.of("not_assessed", "not_implemented", "partially_implemented", "implemented",
                                "not_applicable"), List.of("partial", "IMPLEMENTED", "implemented ", "")),
                new CheckCase("chk_effectiveness_rating_valid", "assessment_controls", "effectiveness_rating",
                        Arrays.asList(null, "effective", "partially_effective", "ineffective"),
                        List.of("good", "EFFECTIVE", "")),
                new CheckCase("chk_maturity_level_range", "assessment_controls", "maturity_level",
                        Arrays.asList(null, 1, 5), List.of(0, 6)),
                new CheckCase("chk_risk_score_positive", "risks", "inherent_risk_score",
                        Arrays.asList(null, 0.0, 12.5, 25), List.of(-0.5, -1)),
                new CheckCase("chk_progress_percentage", "tasks", "progress_percentage",
                        Arrays.asList(null, 0, 50, 100), List.of(-1, 101)),
                new CheckCase("chk_priority_valid", "tasks", "priority",
                        Arrays.asList(null, "low", "medium", "high", "critical"),
                        List.of("urgent", "HIGH", "high ", "")),
                // V25: the keys of the domain's TaskStatus, TaskType and CommentType
                new CheckCase("chk_task_status_valid", "tasks", "status",
                        Arrays.asList(null, "open", "in_progress", "in_review", "blocked", "done", "cancelled"),
                        List.of("closed", "OPEN", "done ", "")),
                new CheckCase("chk_task_type_valid", "tasks", "task_type",
                        List.of("remediation", "review", "evidence_collection", "policy", "training", "other"),
                        List.of("chore", "REVIEW", "other ", "")),
                new CheckCase("chk_task_comment_type_valid", "task_comments", "comment_type",
                        Arrays.asList(null, "comment", "status_change"), List.of("note", "COMMENT", "")),
                // V22: the keys of the domain's MappingRelationship and MappingConfidence, and IR 8477's strength
                new CheckCase("chk_control_mappings_type", "control_mappings", "mapping_type",
                        List.of("equal", "equivalent", "subset_of", "superset_of", "intersects_with", "related",
                                "no_relationship"),
                        List.of("superset-of", "EQUAL", "equal ", "", "mitigates")),
                new CheckCase("chk_control_mappings_confidence", "control_mappings", "confidence_level",
                        Arrays.asList(null, "low", "medium", "high"), List.of("LOW", "certain", "")),
                new CheckCase("chk_control_mappings_strength", "control_mappings", "strength",
                        Arrays.asList(null, 1, 10), List.of(0, 11, -1)),
                // V26: the keys of the domain's Sensitivity, IntegrityStatus, SupportType and Adequacy
                new CheckCase("chk_evidence_sensitivity_valid", "evidence", "sensitivity_level",
                        Arrays.asList(null, "public", "internal", "confidential", "restricted"),
                        List.of("secret", "RESTRICTED", "internal ", "")),
                new CheckCase("chk_evidence_integrity_valid", "evidence", "integrity_status",
                        List.of("unverified", "intact", "failed"), List.of("ok", "INTACT", "")),
                new CheckCase("chk_evidence_support_type_valid", "evidence_controls", "support_type",
                        Arrays.asList(null, "primary", "supporting", "compensating"), List.of("direct", "PRIMARY", "")),
                new CheckCase("chk_evidence_adequacy_valid", "evidence_controls", "adequacy_rating",
                        Arrays.asList(null, "adequate", "partially_adequate", "inadequate"),
                        List.of("partial", "ADEQUATE", "")));
        Stream<CheckCase> enumerations = ENUMERATION_CHECKS.entrySet().stream().map(e -> {
            String[] column = e.getKey().split("\\.");
            List<String> values = SEED.table(column[0]).enumerations().get(column[1]);
            String first = values.get(0);
            return new CheckCase(e.getValue(), column[0], column[1], List.copyOf(values),
                    List.of("unknown", first.toUpperCase(), first + " ", ""));
        });
        return Stream.concat(documented, enumerations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void enforcesEveryCheck(Function<Path, TestDatabase> kind) {
        List<CheckCase> cases = checkCases().toList();
        Set<String> expectedChecks = new TreeSet<>(ENUMERATION_CHECKS.values());
        expectedChecks.addAll(ADDED_CHECKS);
        SEED.checks().forEach(c -> expectedChecks.add(c.name()));
        assertThat(cases).map(CheckCase::check).containsExactlyInAnyOrderElementsOf(expectedChecks);
        SEED.checks().forEach(c -> assertThat(cases).filteredOn(k -> k.check().equals(c.name()))
                .allMatch(k -> k.table().equals(c.table()), "on table " + c.table()));

        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            Rows rows = new Rows(database, SEED);
            SoftAssertions softly = new SoftAssertions();
            for (CheckCase c : cases) {
                for (Object value : c.accepted()) {
                    softly.assertThat(Rows.outcome(() -> rows.insert(c.table(), c.column(), value)))
                            .as("%s accepts %s", c.check(), Rows.printable(value)).isEqualTo("accepted");
                }
                for (Object value : c.refused()) {
                    softly.assertThat(Rows.outcome(() -> rows.insert(c.table(), c.column(), value)))
                            .as("%s refuses %s", c.check(), Rows.printable(value))
                            .containsPattern("(?s)^refused: .*" + Pattern.quote(c.check()));
                }
            }
            softly.assertAll();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void timestampsDefaultToUtcNowAndUpdatedAtFollowsEveryUpdate(Function<Path, TestDatabase> kind)
            throws SQLException {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            Rows rows = new Rows(database, SEED);
            SoftAssertions softly = new SoftAssertions();
            for (SeedDocument.Table table : SEED.tables().values()) {
                long id = rows.insert(table.name());
                for (SeedDocument.Column column : table.columns()) {
                    if ("NOW()".equals(column.defaultValue())) {
                        softly.assertThat(isUtcNow(rows.value(table.name(), column.name(), id)))
                                .as("%s.%s defaults to the current UTC time", table.name(), column.name()).isTrue();
                    }
                    if (column.updatedOnUpdate()) {
                        assertUpdatedAtIsMaintained(softly, rows, table.name(), column.name(), id);
                    }
                }
            }
            softly.assertAll();
        }
    }

    private static void assertUpdatedAtIsMaintained(SoftAssertions softly, Rows rows, String table, String column,
                                                    long id) throws SQLException {
        String where = table + "." + column;
        softly.assertThat(rows.value(table, column, id)).as("%s is empty until the first update", where).isNull();

        // every table with updated_at has a created_at, which any update may change
        rows.execute("UPDATE " + table + " SET created_at = ? WHERE id = ?", "2020-01-01 00:00:00", id);
        softly.assertThat(isUtcNow(rows.value(table, column, id))).as("%s is set by an update", where).isTrue();

        rows.execute("UPDATE " + table + " SET created_at = ?, " + column + " = ? WHERE id = ?",
                "2020-01-02 00:00:00", "2021-02-03 04:05:06", id);
        softly.assertThat(rows.value(table, column, id)).as("%s set by the application is kept", where)
                .startsWith("2021-02-03 04:05:06");
    }

    /** Within a minute of now in UTC: proves both the default and that no time zone shifted it. */
    private static boolean isUtcNow(String stored) {
        if (stored == null) {
            return false;
        }
        LocalDateTime value = LocalDateTime.parse(stored.substring(0, 19).replace(' ', 'T'));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return Duration.between(value, now).abs().compareTo(Duration.ofMinutes(1)) < 0;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void holdsTheBuiltInRolesAndTheDefaultRiskMatrix(Function<Path, TestDatabase> kind) throws Exception {
        List<String> all = Arrays.stream(Permission.values()).map(Permission::key).toList();
        List<String> reads = all.stream().filter(k -> k.endsWith(":read") && !k.equals("audit:read")).toList();
        Set<String> analystWrites = Set.of("asset:write", "risk:write", "assessment:write", "task:write",
                "evidence:write", "import:run");
        List<String> analyst = all.stream().filter(k -> reads.contains(k) || analystWrites.contains(k)).toList();

        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.openMigrated()) {
            Rows rows = new Rows(database, SEED);
            ObjectMapper json = new ObjectMapper();

            assertThat(rows.text("SELECT COUNT(*) FROM roles")).isEqualTo("3");
            assertThat(permissions(json, rows, "Admin")).containsExactlyElementsOf(all);
            assertThat(permissions(json, rows, "Analyst")).containsExactlyElementsOf(analyst);
            assertThat(permissions(json, rows, "ReadOnly")).containsExactlyElementsOf(reads);
            assertThat(rows.text("SELECT COUNT(*) FROM roles WHERE is_active = TRUE AND description IS NOT NULL"))
                    .isEqualTo("3");

            assertThat(rows.text("SELECT COUNT(*) FROM risk_matrices WHERE is_default = TRUE")).isEqualTo("1");
            assertThat(rows.text("SELECT name FROM risk_matrices WHERE is_default = TRUE")).isEqualTo("Standard 5x5");
            assertThat(names(json.readTree(matrix(rows, "likelihood_levels"))))
                    .containsExactly("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
            assertThat(names(json.readTree(matrix(rows, "impact_levels"))))
                    .containsExactly("Negligible", "Minor", "Moderate", "Major", "Severe");

            JsonNode scores = json.readTree(matrix(rows, "risk_scores"));
            assertThat(scores).hasSize(5);
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                for (int impact = 1; impact <= 5; impact++) {
                    assertThat(scores.get(likelihood - 1).get(impact - 1).asInt()).isEqualTo(likelihood * impact);
                }
            }

            JsonNode levels = json.readTree(matrix(rows, "risk_levels"));
            assertThat(levels).map(l -> l.get("level").asText() + " " + l.get("min_score").asInt() + "-"
                            + l.get("max_score").asInt() + " " + l.get("color").asText())
                    .containsExactly("low 1-4 #2E7D32", "medium 5-9 #F9A825", "high 10-16 #EF6C00",
                            "critical 17-25 #C62828");
        }
    }

    private static List<String> permissions(ObjectMapper json, Rows rows, String role) throws Exception {
        JsonNode permissions = json.readTree(rows.text("SELECT permissions FROM roles WHERE name = ?", role));
        List<String> keys = new ArrayList<>();
        permissions.forEach(p -> keys.add(p.asText()));
        return keys;
    }

    private static String matrix(Rows rows, String column) throws SQLException {
        return rows.text("SELECT " + column + " FROM risk_matrices WHERE is_default = TRUE");
    }

    /** The level names, after checking the values run 1..5 in order. */
    private static List<String> names(JsonNode levels) {
        assertThat(levels).map(l -> l.get("value").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(levels).allMatch(l -> !l.get("description").asText().isBlank());
        return IntStream.range(0, levels.size()).mapToObj(i -> levels.get(i).get("name").asText()).toList();
    }

    /** The document's type as both databases report it, after the decisions of docs/SCHEMA.md. */
    private static String expectedType(SeedDocument.Column column) {
        return switch (column.baseType()) {
            case "ENUM" -> "VARCHAR(20)";
            case "FLOAT" -> "DOUBLE";
            default -> column.type();
        };
    }

    /** The document's default in {@link SchemaSnapshot}'s terms. */
    private static String expectedDefault(SeedDocument.Column column) {
        String value = column.defaultValue();
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "NOW()" -> "now";
            case "TRUE" -> "1";
            case "FALSE" -> "0";
            default -> value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
        };
    }
}
