package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.task.DueDateSla;
import io.aegis.domain.task.TaskPriority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AegisConfigTest {

    @TempDir
    Path folder;

    @Test
    void defaults_serve_sqlite_in_the_data_folder_on_8080_locally() {
        AegisConfig config = AegisConfig.load(Map.of());

        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:./data/aegis.db");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.maxRequestBytes()).isEqualTo(1024 * 1024);
        assertThat(config.maxUploadBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.requestBodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxConnections()).isEqualTo(1000);
        assertThat(config.maxConnectionsPerAddress()).isEqualTo(100);
    }

    @Test
    void the_environment_wins_over_the_file_and_the_file_over_defaults() throws IOException {
        Path file = folder.resolve("aegis.properties");
        Files.writeString(file, "AEGIS_PORT=9000\nAEGIS_DB_USER=from-file\n");

        AegisConfig config = AegisConfig.load(Map.of("AEGIS_CONFIG_FILE", file.toString(), "AEGIS_PORT", "9100"));

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.dbUser()).isEqualTo("from-file");
        assertThat(config.dbPoolSize()).isEqualTo(10);
    }

    @Test
    void a_named_config_file_that_does_not_exist_is_an_error() {
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_CONFIG_FILE", folder.resolve("nope").toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_CONFIG_FILE");
    }

    @Test
    void numbers_out_of_range_name_the_setting() {
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_PORT", "70000")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_PORT");
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_DB_POOL_SIZE", "many")))
                .hasMessageContaining("AEGIS_DB_POOL_SIZE");
    }

    @Test
    void an_upload_may_not_be_held_to_less_than_any_request() {
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_MAX_REQUEST_BYTES", "2048",
                "AEGIS_MAX_UPLOAD_BYTES", "1024")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_MAX_UPLOAD_BYTES must be a whole number from 2048");
    }

    @Test
    void sessions_last_eight_hours_at_most_and_thirty_minutes_idle_and_never_longer_idle_than_at_all() {
        assertThat(AegisConfig.load(Map.of()).identity().sessions()).isEqualTo(SessionTimeouts.DEFAULT);
        assertThat(AegisConfig.load(Map.of("AEGIS_TOKEN_TTL_MINUTES", "60", "AEGIS_SESSION_IDLE_MINUTES", "10"))
                .identity().sessions()).isEqualTo(new SessionTimeouts(Duration.ofMinutes(60), Duration.ofMinutes(10)));
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_TOKEN_TTL_MINUTES", "60",
                "AEGIS_SESSION_IDLE_MINUTES", "61")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_SESSION_IDLE_MINUTES must be a whole number from 2 to 60");
    }

    @Test
    void the_review_cadence_defaults_to_30_90_180_365_days_and_can_be_set_per_level() {
        assertThat(AegisConfig.load(Map.of()).reviewPolicy()).isEqualTo(RiskReviewPolicy.defaults());

        AegisConfig weekly = AegisConfig.load(Map.of("AEGIS_REVIEW_DAYS_CRITICAL", "7", "AEGIS_REVIEW_DAYS_HIGH", "14"));
        assertThat(weekly.reviewPolicy()).isEqualTo(new RiskReviewPolicy(7, 14, 180, 365));
    }

    @Test
    void risk_acceptances_need_four_eyes_only_when_set_to_true() {
        assertThat(AegisConfig.load(Map.of()).acceptancePolicy()).isEqualTo(RiskAcceptancePolicy.defaults());
        assertThat(AegisConfig.load(Map.of("AEGIS_RISK_ACCEPTANCE_FOUR_EYES", "true")).acceptancePolicy().fourEyes())
                .isTrue();
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_RISK_ACCEPTANCE_FOUR_EYES", "yes")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_RISK_ACCEPTANCE_FOUR_EYES must be true or false");
    }

    @Test
    void a_cadence_reviewing_a_worse_risk_less_often_is_refused() {
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_REVIEW_DAYS_CRITICAL", "400")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_REVIEW_DAYS_");
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_REVIEW_DAYS_LOW", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_REVIEW_DAYS_LOW");
    }

    @Test
    void the_task_sla_defaults_to_7_30_90_180_days_is_set_per_priority_and_refused_at_start_when_unreadable() {
        assertThat(AegisConfig.load(Map.of()).taskSla()).isEqualTo(DueDateSla.defaults());
        assertThat(AegisConfig.load(Map.of("AEGIS_TASK_SLA_DAYS", "critical=1,low=365")).taskSla().days())
                .containsEntry(TaskPriority.CRITICAL, 1).containsEntry(TaskPriority.HIGH, 30)
                .containsEntry(TaskPriority.LOW, 365);
        assertThatThrownBy(() -> AegisConfig.load(Map.of("AEGIS_TASK_SLA_DAYS", "urgent=3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AEGIS_TASK_SLA_DAYS");
    }

    @Test
    void secrets_never_appear_in_its_text() {
        AegisConfig config = AegisConfig.load(Map.of(
                "AEGIS_DB_URL", "jdbc:mysql://db:3306/aegis?user=a&password=hunter2",
                "AEGIS_DB_PASSWORD", "s3cret"));

        assertThat(config.toString()).doesNotContain("hunter2", "s3cret");
        assertThat(config.safeDbUrl()).isEqualTo("jdbc:mysql://db:3306/aegis?user=a&password=***");
    }
}
