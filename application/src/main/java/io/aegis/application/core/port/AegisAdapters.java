package io.aegis.application.core.port;

import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRelationshipRowsReader;
import io.aegis.application.asset.port.out.AssetRelationshipRowsWriter;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.AssetRowsReader;
import io.aegis.application.asset.port.out.AssetRowsWriter;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.compliance.port.out.PostureCatalogReadModel;
import io.aegis.application.compliance.port.out.PostureEvaluationReadModel;
import io.aegis.application.compliance.port.out.PostureMappings;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.framework.port.out.BaselineRepository;
import io.aegis.application.framework.port.out.BundledCatalogs;
import io.aegis.application.framework.port.out.CatalogReader;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.framework.port.out.ControlReadModel;
import io.aegis.application.framework.port.out.ControlRepository;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.framework.port.out.FrameworkRepository;
import io.aegis.application.framework.port.out.MappingFileReader;
import io.aegis.application.health.port.out.DatabaseProbe;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.CredentialHolders;
import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.organisation.port.out.OrgUnitReadModel;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.JobLeases;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.application.risk.port.out.RiskReviewReadModel;
import io.aegis.application.risk.port.out.RiskRowsWriter;
import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.LoginThrottle;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.task.DueDateSla;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything {@link io.aegis.application.AegisCore} needs from outside: every outbound port of every context,
 * grouped by context, and the settings the use cases read. In a package of its own, so that adapters may fill
 * it (they see only ports) and no context depends on it. An adapter module offers one ready-made (the
 * persistence adapter's {@code JooqAdapters}); a test or an embedder may swap any part.
 */
public record AegisAdapters(Transactions transactions, AuditTrail auditTrail, JobLeases jobLeases,
                            DatabaseProbe databaseProbe, Identity identity, Organisation organisation, Assets assets,
                            Risks risks, Frameworks frameworks, ControlMappings mappings,
                            Assessments assessments, Compliance compliance, Tasks tasks, Evidence evidence,
                            Audit audit, Settings settings) {

    /** The same adapters with other settings. */
    public AegisAdapters with(Settings other) {
        return new AegisAdapters(transactions, auditTrail, jobLeases, databaseProbe, identity, organisation, assets,
                risks, frameworks, mappings, assessments, compliance, tasks, evidence, audit, other);
    }

    public record Identity(UserRepository users, UserReadModel userList, RoleRepository roles, RoleReadModel roleList,
                           PermissionHolders permissionHolders, AuthTokenRepository tokens, ApiKeyRepository apiKeys,
                           CredentialHolders credentialHolders, LoginFailures loginFailures, OrgUnitDirectory units,
                           PasswordHasher hasher, SecureRandomness randomness) {
    }

    public record Organisation(OrgUnitRepository units, OrgUnitReadModel unitList) {
    }

    public record Assets(AssetCategoryRepository categories, AssetCategoryReadModel categoryList,
                         AssetRepository assets, AssetReadModel assetList,
                         AssetRelationshipRepository relationships, AssetRelationshipReadModel relationshipList,
                         AssetReferences references, AssetRowsReader rowsReader, AssetRowsWriter rowsWriter,
                         OpenRisksReadModel openRisks, AssetRelationshipRowsReader relationshipRowsReader,
                         AssetRelationshipRowsWriter relationshipRowsWriter) {
    }

    /**
     * The adapters that need no database: crypto, file formats and the catalogs shipped with Aegis.
     * adapters-integrations offers the standard ones ({@code IntegrationAdapters.standalone}); an embedder may bring
     * its own (its own password hasher, say).
     */
    public record Standalone(PasswordHasher hasher, SecureRandomness randomness, AssetRowsReader assetRowsReader,
                             AssetRowsWriter assetRowsWriter, AssetRelationshipRowsReader relationshipRowsReader,
                             AssetRelationshipRowsWriter relationshipRowsWriter, RiskRowsWriter riskRowsWriter,
                             CatalogReader catalogReader, BundledCatalogs bundledCatalogs,
                             MappingFileReader mappingFileReader, EvidenceStore evidenceStore) {
    }

    public record Risks(RiskMatrixRepository matrices, RiskMatrixReadModel matrixList, RiskRepository risks,
                        RiskReadModel riskList, RiskReferences references, AssetDependencyGraph assetGraph,
                        RiskExposureReadModel exposure, OwnExposureRanking ranking, RiskRowsWriter rowsWriter,
                        RiskReviewReadModel reviewList, RiskAcceptanceRepository acceptances,
                        RiskControlRepository controlLinks, RiskControlReadModel treatments) {
    }

    /**
     * @param catalogReader   the file formats of catalogs and baselines
     * @param bundledCatalogs the catalogs shipped inside Aegis
     */
    public record Frameworks(FrameworkRepository frameworks, FrameworkReadModel frameworkList,
                             ControlRepository controls, ControlReadModel controlList, BaselineRepository baselines,
                             CatalogReader catalogReader, BundledCatalogs bundledCatalogs) {
    }

    /** @param fileReader the file formats of mapping collections and crosswalks */
    public record ControlMappings(ControlMappingRepository mappings, ControlMappingReadModel mappingList,
                                  MappingFileReader fileReader) {
    }

    public record Assessments(AssessmentRepository assessments, AssessedControlRepository controls,
                              AssessmentReferences references, AssessmentReadModel assessmentList) {
    }

    /** @param mappings the mappings' own read model serves the walk too */
    public record Compliance(PostureCatalogReadModel catalog, PostureEvaluationReadModel evaluations,
                             PostureMappings mappings) {
    }

    /** @param gaps what the tasks read of assessments to remediate their gaps */
    public record Tasks(TaskRepository tasks, TaskReadModel taskList, TaskReferences references, AssessmentGaps gaps) {
    }

    /** @param store where the files are kept, by content (adapters-integrations' file system store) */
    public record Evidence(EvidenceRepository evidence, EvidenceReadModel evidenceList, EvidenceLinks links,
                           EvidenceStore store) {
    }

    /**
     * @param key         signs the chain; the same key must be given to every node and to {@code audit verify}
     * @param checkpoints where checkpoints are written, ideally outside the database (see docs/SECURITY.md)
     */
    public record Audit(AuditChainReader chain, AuditSeals seals, AuditLogReadModel logs,
                        AuditCheckpointLog checkpoints, AuditKey key) {
    }

    /**
     * @param sessions         how long a login token stays valid, at all and without use
     * @param acceptancePolicy whether risk acceptances need four eyes, and their longest term
     * @param taskSla          how many days a task of each priority has when nobody names its due date
     * @param loginRecordsRetention how long failed sign-ins and ended sessions are kept
     */
    public record Settings(Clock clock, RiskReviewPolicy reviewPolicy, SessionTimeouts sessions,
                           LoginThrottle loginThrottle, RiskAcceptancePolicy acceptancePolicy, DueDateSla taskSla,
                           Duration loginRecordsRetention) {

        /** Login records are kept this long unless the operator says otherwise. */
        public static final Duration DEFAULT_LOGIN_RECORDS_RETENTION = Duration.ofDays(90);

        /**
         * The default review cadence and session timeouts, the default login throttle, two eyes, the default SLA and
         * retention.
         */
        public static Settings defaults(Clock clock) {
            return new Settings(clock, RiskReviewPolicy.defaults(), SessionTimeouts.DEFAULT, LoginThrottle.DEFAULT,
                    RiskAcceptancePolicy.defaults(), DueDateSla.defaults(), DEFAULT_LOGIN_RECORDS_RETENTION);
        }
    }
}
