package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.audit.AuditKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTest {

    @TempDir
    Path folder;

    @Test
    void the_first_start_creates_a_key_file_only_its_owner_may_read_and_later_starts_reuse_it() throws Exception {
        AegisConfig.Audit settings = settings(Map.of());

        AuditKey created = AuditKeys.loadOrCreate(settings);

        Path file = folder.resolve("data/audit.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(AuditKeys.loadOrCreate(settings).id()).isEqualTo(created.id());
        assertThat(AuditKeys.load(settings).id()).isEqualTo(created.id());
    }

    @Test
    void the_environment_wins_over_the_file_and_a_short_key_is_refused() {
        byte[] secret = new byte[32];
        secret[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(secret);

        assertThat(AuditKeys.loadOrCreate(settings(Map.of("AEGIS_AUDIT_KEY", base64))).id())
                .isEqualTo(AuditKey.of(secret).id());
        assertThat(folder.resolve("data/audit.key")).doesNotExist();
        assertThatThrownBy(() -> AuditKeys.load(settings(Map.of("AEGIS_AUDIT_KEY",
                Base64.getEncoder().encodeToString(new byte[16])))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least 32");
    }

    @Test
    void verifying_never_creates_a_key() {
        assertThatThrownBy(() -> AuditKeys.load(settings(Map.of()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no audit key");
        assertThat(folder.resolve("data/audit.key")).doesNotExist();
    }

    @Test
    void nodes_sharing_a_data_folder_and_starting_together_all_get_the_one_key_created() throws Exception {
        // the window between creating the file and writing the key is short: many rounds make a race likely
        for (int round = 0; round < 50; round++) {
            AegisConfig.Audit shared = settings(Map.of("AEGIS_AUDIT_KEY_FILE",
                    folder.resolve("round-" + round + "/audit.key").toString()));
            CyclicBarrier together = new CyclicBarrier(4);
            ExecutorService nodes = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> keys = new ArrayList<>();
                for (int node = 0; node < 4; node++) {
                    keys.add(nodes.submit(() -> {
                        together.await();
                        return AuditKeys.loadOrCreate(shared).id();
                    }));
                }
                Set<String> ids = new HashSet<>();
                for (Future<String> key : keys) {
                    ids.add(key.get());
                }
                assertThat(ids).as("round " + round).hasSize(1)
                        .containsExactly(AuditKeys.load(shared).id());
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    private AegisConfig.Audit settings(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("AEGIS_DATA_DIR", folder.resolve("data").toString());
        return AegisConfig.load(environment).audit();
    }
}
