package io.aegis.adapters.persistence;

import io.aegis.adapters.persistence.assessment.JooqAssessedControlRepository;
import io.aegis.adapters.persistence.assessment.JooqAssessmentReadModel;
import io.aegis.adapters.persistence.assessment.JooqAssessmentReferences;
import io.aegis.adapters.persistence.assessment.JooqAssessmentRepository;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryRepository;
import io.aegis.adapters.persistence.asset.JooqAssetDependencyGraph;
import io.aegis.adapters.persistence.asset.JooqAssetReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetReferences;
import io.aegis.adapters.persistence.asset.JooqAssetRelationshipReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetRelationshipRepository;
import io.aegis.adapters.persistence.asset.JooqAssetRepository;
import io.aegis.adapters.persistence.asset.JooqOpenRisksReadModel;
import io.aegis.adapters.persistence.audit.JooqAuditChainReader;
import io.aegis.adapters.persistence.audit.JooqAuditLogReadModel;
import io.aegis.adapters.persistence.audit.JooqAuditSeals;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.compliance.JooqPostureCatalogReadModel;
import io.aegis.adapters.persistence.compliance.JooqPostureEvaluationReadModel;
import io.aegis.adapters.persistence.evidence.JooqEvidenceLinks;
import io.aegis.adapters.persistence.evidence.JooqEvidenceReadModel;
import io.aegis.adapters.persistence.evidence.JooqEvidenceRepository;
import io.aegis.adapters.persistence.framework.JooqBaselineRepository;
import io.aegis.adapters.persistence.framework.JooqControlMappingReadModel;
import io.aegis.adapters.persistence.framework.JooqControlMappingRepository;
import io.aegis.adapters.persistence.framework.JooqControlReadModel;
import io.aegis.adapters.persistence.framework.JooqControlRepository;
import io.aegis.adapters.persistence.framework.JooqFrameworkReadModel;
import io.aegis.adapters.persistence.framework.JooqFrameworkRepository;
import io.aegis.adapters.persistence.identity.JooqApiKeyRepository;
import io.aegis.adapters.persistence.identity.JooqAuthTokenRepository;
import io.aegis.adapters.persistence.identity.JooqCredentialHolders;
import io.aegis.adapters.persistence.identity.JooqLoginFailures;
import io.aegis.adapters.persistence.identity.JooqOrgUnitDirectory;
import io.aegis.adapters.persistence.identity.JooqPermissionHolders;
import io.aegis.adapters.persistence.identity.JooqRoleReadModel;
import io.aegis.adapters.persistence.identity.JooqRoleRepository;
import io.aegis.adapters.persistence.identity.JooqUserReadModel;
import io.aegis.adapters.persistence.identity.JooqUserRepository;
import io.aegis.adapters.persistence.organisation.JooqOrgUnitReadModel;
import io.aegis.adapters.persistence.organisation.JooqOrgUnitRepository;
import io.aegis.adapters.persistence.risk.JooqOwnExposureRanking;
import io.aegis.adapters.persistence.risk.JooqRiskAcceptanceRepository;
import io.aegis.adapters.persistence.risk.JooqRiskControlReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskControlRepository;
import io.aegis.adapters.persistence.risk.JooqRiskExposureReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskMatrixReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskMatrixRepository;
import io.aegis.adapters.persistence.risk.JooqRiskReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskReferences;
import io.aegis.adapters.persistence.risk.JooqRiskRepository;
import io.aegis.adapters.persistence.risk.JooqRiskReviewReadModel;
import io.aegis.adapters.persistence.task.JooqAssessmentGaps;
import io.aegis.adapters.persistence.task.JooqTaskReadModel;
import io.aegis.adapters.persistence.task.JooqTaskReferences;
import io.aegis.adapters.persistence.task.JooqTaskRepository;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.core.port.AegisAdapters;
import io.aegis.domain.audit.AuditKey;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Every jOOQ adapter over one {@link DataSource} that the caller owns: Aegis's own {@link Database}, or the pool
 * of a program embedding Aegis. Nothing here opens, sizes or closes the pool. A new adapter is added to its
 * context's record here, next to its siblings.
 */
public final class JooqAdapters {

    private JooqAdapters() {
    }

    /**
     * @param dataSource  connections set up with {@link DatabaseKind#connectionProperties()}, on a migrated schema
     * @param key         signs the audit chain
     * @param checkpoints where audit checkpoints are kept, ideally outside this database
     * @param standalone  the adapters that need no database (crypto, file formats)
     * @return the adapters, with {@link AegisAdapters.Settings#defaults(Clock)} on the system clock; change them with
     *         {@link AegisAdapters#with(AegisAdapters.Settings)}
     */
    public static AegisAdapters over(DataSource dataSource, DatabaseKind kind, AuditKey key,
                                     AuditCheckpointLog checkpoints, AegisAdapters.Standalone standalone) {
        DSLContext dsl = dsl(dataSource, kind);
        var chain = new JooqAuditChainReader(dsl);
        var mappingList = new JooqControlMappingReadModel(dsl);
        return new AegisAdapters(
                new JooqTransactions(dsl),
                new JooqAuditTrail(dsl, key),
                new JooqJobLeases(dsl),
                new JooqDatabaseProbe(dsl),
                new AegisAdapters.Identity(new JooqUserRepository(dsl), new JooqUserReadModel(dsl),
                        new JooqRoleRepository(dsl), new JooqRoleReadModel(dsl), new JooqPermissionHolders(dsl),
                        new JooqAuthTokenRepository(dsl), new JooqApiKeyRepository(dsl),
                        new JooqCredentialHolders(dsl), new JooqLoginFailures(dsl),
                        new JooqOrgUnitDirectory(dsl), standalone.hasher(), standalone.randomness()),
                new AegisAdapters.Organisation(new JooqOrgUnitRepository(dsl), new JooqOrgUnitReadModel(dsl)),
                new AegisAdapters.Assets(new JooqAssetCategoryRepository(dsl), new JooqAssetCategoryReadModel(dsl),
                        new JooqAssetRepository(dsl), new JooqAssetReadModel(dsl),
                        new JooqAssetRelationshipRepository(dsl), new JooqAssetRelationshipReadModel(dsl),
                        new JooqAssetReferences(dsl), standalone.assetRowsReader(), standalone.assetRowsWriter(),
                        new JooqOpenRisksReadModel(dsl), standalone.relationshipRowsReader(),
                        standalone.relationshipRowsWriter()),
                new AegisAdapters.Risks(new JooqRiskMatrixRepository(dsl), new JooqRiskMatrixReadModel(dsl),
                        new JooqRiskRepository(dsl), new JooqRiskReadModel(dsl), new JooqRiskReferences(dsl),
                        new JooqAssetDependencyGraph(dsl), new JooqRiskExposureReadModel(dsl),
                        new JooqOwnExposureRanking(dsl), standalone.riskRowsWriter(), new JooqRiskReviewReadModel(dsl),
                        new JooqRiskAcceptanceRepository(dsl), new JooqRiskControlRepository(dsl),
                        new JooqRiskControlReadModel(dsl)),
                new AegisAdapters.Frameworks(new JooqFrameworkRepository(dsl), new JooqFrameworkReadModel(dsl),
                        new JooqControlRepository(dsl), new JooqControlReadModel(dsl), new JooqBaselineRepository(dsl),
                        standalone.catalogReader(), standalone.bundledCatalogs()),
                new AegisAdapters.ControlMappings(new JooqControlMappingRepository(dsl),
                        mappingList, standalone.mappingFileReader()),
                new AegisAdapters.Assessments(new JooqAssessmentRepository(dsl), new JooqAssessedControlRepository(dsl),
                        new JooqAssessmentReferences(dsl), new JooqAssessmentReadModel(dsl)),
                new AegisAdapters.Compliance(new JooqPostureCatalogReadModel(dsl),
                        new JooqPostureEvaluationReadModel(dsl), mappingList),
                new AegisAdapters.Tasks(new JooqTaskRepository(dsl), new JooqTaskReadModel(dsl),
                        new JooqTaskReferences(dsl), new JooqAssessmentGaps(dsl)),
                new AegisAdapters.Evidence(new JooqEvidenceRepository(dsl), new JooqEvidenceReadModel(dsl),
                        new JooqEvidenceLinks(dsl), standalone.evidenceStore()),
                new AegisAdapters.Audit(chain, new JooqAuditSeals(dsl), new JooqAuditLogReadModel(dsl), checkpoints,
                        key),
                AegisAdapters.Settings.defaults(Clock.systemUTC()));
    }

    /**
     * One jOOQ context per pool: repositories and {@link JooqTransactions} share it, so a use case's
     * repositories run on its transaction's connection.
     *
     * <p>Without savepoints ({@code nested = false}): a nested transaction joins the outer one and a failure anywhere
     * rolls back the whole. jOOQ ignores an error from {@code RELEASE SAVEPOINT} (jOOQ #3537); on Galera that error
     * is how a brute-force abort of the transaction surfaces, and ignoring it committed an empty transaction in
     * its place: issue #10's acknowledged writes that were never stored (BruteForceAbortClusterTest).
     */
    static DSLContext dsl(DataSource dataSource, DatabaseKind kind) {
        return DSL.using(new DefaultConfiguration()
                .set(kind.dialect())
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), false))
                .set(new ConstraintViolationTranslator(), new ConnectionFailureTranslator())
                // jOOQ's own SQL logging (at DEBUG) stays off even when a log level would enable it: it would log
                // bound values, which may be personal data or secrets' hashes, and it costs every query a listener
                .set(new Settings().withRenderSchema(false).withExecuteLogging(false)));
    }
}
