package io.aegis.adapters.persistence.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aegis.adapters.persistence.DatabaseKind;
import io.aegis.adapters.persistence.JooqAdapters;
import io.aegis.adapters.persistence.Migrations;
import io.aegis.adapters.persistence.audit.FileAuditCheckpointLog;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.AegisCore;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.core.port.AegisAdapters;
import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.out.BundledCatalogs;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.port.Actor;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/**
 * What docs/EMBEDDING.md promises, as a program would write it: Aegis inside another Java program, with only
 * domain, application and this persistence adapter on the classpath, over a DataSource the program owns.
 */
class EmbeddingTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final AuditKey KEY = AuditKey.of("an embedder's audit key, 32 bytes or more"
            .getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    @Test
    void theClasspathHasNoWebServer() {
        assertThatThrownBy(() -> Class.forName("io.javalin.Javalin")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void runsOnSqliteThroughTheDriversOwnDataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(
                new SQLiteConfig(DatabaseKind.SQLITE.connectionProperties()));
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("embedded.db"));
        runsTheRiskRegister(dataSource, DatabaseKind.SQLITE);
    }

    @Test
    void runsOnMariaDbThroughAPoolOfItsOwn() {
        try (TestDatabase database = TestDatabase.mariaDb()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(database.settings().url());
            config.setUsername(database.settings().user());
            config.setPassword(database.settings().password().isEmpty() ? null : database.settings().password());
            config.setDataSourceProperties(DatabaseKind.MYSQL.connectionProperties());
            try (HikariDataSource pool = new HikariDataSource(config)) {
                runsTheRiskRegister(pool, DatabaseKind.MYSQL);
            }
        }
    }

    /**
     * What an embedder with only these three jars brings itself: its own password hasher (PBKDF2 from the JDK here;
     * adapters-integrations offers bcrypt), the JDK's randomness, no file formats and no bundled catalogs.
     */
    private static final AegisAdapters.Standalone EMBEDDERS_OWN = new AegisAdapters.Standalone(
            new Pbkdf2Hasher(), count -> {
                byte[] bytes = new byte[count];
                RANDOM.nextBytes(bytes);
                return bytes;
            },
            (file, maxRows, sink) -> {
                throw new UnsupportedOperationException("this embedding imports no files");
            },
            (assets, out) -> {
                throw new UnsupportedOperationException("this embedding exports no files");
            },
            (file, maxRows, sink) -> {
                throw new UnsupportedOperationException("this embedding imports no files");
            },
            (rows, out) -> {
                throw new UnsupportedOperationException("this embedding exports no files");
            },
            (risks, out) -> {
                throw new UnsupportedOperationException("this embedding exports no files");
            },
            new NoCatalogs(), new NoCatalogs(), (file, format, maxRows) -> {
                throw new UnsupportedOperationException("this embedding imports no files");
            }, new NoEvidenceFiles());

    private static final class NoEvidenceFiles implements EvidenceStore {

        @Override
        public ReceivedFile receive(InputStream content) {
            throw new UnsupportedOperationException("this embedding keeps no evidence files");
        }

        @Override
        public String keep(ReceivedFile file) {
            throw new UnsupportedOperationException("this embedding keeps no evidence files");
        }

        @Override
        public void discard(ReceivedFile file) {
            throw new UnsupportedOperationException("this embedding keeps no evidence files");
        }

        @Override
        public InputStream open(String path) {
            throw new UnsupportedOperationException("this embedding keeps no evidence files");
        }

        @Override
        public List<String> unclaimedSince(Instant cutoff) {
            return List.of();
        }

        @Override
        public boolean remove(String path, Instant cutoff) {
            return false;
        }
    }

    private static final class NoCatalogs implements CatalogReader, BundledCatalogs {

        @Override
        public FrameworkCatalog readCatalog(InputStream file, int maxEntries) {
            throw new UnsupportedOperationException("this embedding imports no files");
        }

        @Override
        public BaselineProfile readProfile(InputStream file) {
            throw new UnsupportedOperationException("this embedding imports no files");
        }

        @Override
        public List<Bundled> list() {
            return List.of();
        }

        @Override
        public Optional<InputStream> openCatalog(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<InputStream> openBaseline(String key) {
            return Optional.empty();
        }
    }

    private static final class Pbkdf2Hasher implements PasswordHasher {

        @Override
        public PasswordHash hash(PlainPassword password) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return new PasswordHash(HexFormat.of().formatHex(salt) + ":" + derive(password, salt));
        }

        @Override
        public boolean matches(PlainPassword password, PasswordHash hash) {
            String[] parts = hash.value().split(":");
            return parts.length == 2 && MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.US_ASCII),
                    derive(password, HexFormat.of().parseHex(parts[0])).getBytes(StandardCharsets.US_ASCII));
        }

        private static String derive(PlainPassword password, byte[] salt) {
            try {
                PBEKeySpec spec = new PBEKeySpec(password.normalized().toCharArray(), salt, 10_000, 256);
                return HexFormat.of().formatHex(
                        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void runsTheRiskRegister(DataSource dataSource, DatabaseKind kind) {
        Migrations.migrate(dataSource, kind);
        AegisCore core = new AegisCore(JooqAdapters.over(dataSource, kind, KEY,
                new FileAuditCheckpointLog(folder.resolve("checkpoints.log")), EMBEDDERS_OWN));
        core.identity().provisionFirstAdmin().provision(Optional.empty());

        Actor admin = core.identity().actAs().actAs(new Username("admin"), RequestOrigin.LOCAL);
        var matrix = core.risks().createRiskMatrix().create(admin, new CreateRiskMatrixCommand(
                new RiskMatrixName("Embedded 5x5"), Optional.empty(), RiskMatrix.standard5x5(Instant.now()).scoring(),
                false, Optional.empty()));
        var asset = core.assets().createAsset().create(admin,
                new CreateAssetCommand(AssetProfile.of(new AssetName("mail server"), AssetType.SERVER),
                        Optional.empty()));
        RiskView risk = core.risks().createRisk().create(admin, new CreateRiskCommand(
                new RiskFacts(new RiskTitle("Mail server ransomware"), RiskCategory.TECHNICAL, RiskDetails.none(),
                        RiskTreatment.none(), AiAssessment.none(), Optional.of(new AssetId(asset.id())),
                        Optional.empty()),
                Optional.of(new RiskMatrixId(matrix.id())), new RiskEstimate(4, 5, null, null), Optional.empty(),
                Optional.empty()));
        RiskView assessed = core.risks().transitionRisk().transition(admin,
                new TransitionRiskCommand(new RiskId(risk.id()), RiskStatus.ASSESSED, Optional.of("scored")));
        assertThat(assessed.status()).isEqualTo("assessed");
        assertThat(assessed.assetId()).isEqualTo(asset.id());

        core.assets().createAssetCategory().create(Actor.system("nightly import"),
                new CreateAssetCategoryCommand(new AssetCategoryName("Imported"), Optional.empty(), Optional.empty()));
        assertThat(auditRows(core, admin, "asset_category.create")).singleElement().satisfies(row -> {
            assertThat(row.userId()).isNull();
            assertThat(row.sessionId()).isEqualTo("system:nightly import");
        });
        assertThat(auditRows(core, admin, "risk.transition")).singleElement()
                .satisfies(row -> assertThat(row.userId()).isEqualTo(admin.userId().orElseThrow()));

        core.audit().sealAuditTrail().seal();
        ChainVerificationView chain = core.audit().verifyAuditChain().verify(admin);
        assertThat(chain.ok()).as(chain.detail()).isTrue();
        assertThat(chain.pendingRows()).isZero();
        assertThat(chain.rowsChecked()).isGreaterThanOrEqualTo(5);

        assertThatThrownBy(() -> core.identity().actAs().actAs(new Username("nobody"), RequestOrigin.LOCAL))
                .isInstanceOf(UnauthenticatedException.class).hasMessageContaining("nobody");
        var leaver = core.identity().createUser().create(admin, new CreateUserCommand(new Username("leaver"),
                new EmailAddress("leaver@example.org"), new PlainPassword("a long enough passphrase 2026"),
                UserProfile.EMPTY, Optional.empty(), Set.of(), false));
        core.identity().deactivateUser().deactivate(admin, new UserId(leaver.id()));
        assertThatThrownBy(() -> core.identity().actAs().actAs(new Username("leaver"), RequestOrigin.LOCAL))
                .isInstanceOf(UnauthenticatedException.class).hasMessageContaining("leaver");
    }

    private static List<AuditLogView> auditRows(AegisCore core, Actor reader, String action) {
        return core.audit().listAuditLogs().list(reader, new ListAuditLogsQuery(Optional.empty(),
                List.of(action), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), PageRequest.first())).items();
    }
}
