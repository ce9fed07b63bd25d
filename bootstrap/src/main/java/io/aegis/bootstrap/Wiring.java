package io.aegis.bootstrap;

import io.aegis.adapters.integrations.IntegrationAdapters;
import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import io.aegis.adapters.persistence.JooqAdapters;
import io.aegis.adapters.persistence.audit.FileAuditCheckpointLog;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.WebServer;
import io.aegis.adapters.web.WebSettings;
import io.aegis.adapters.web.assessment.AssessmentController;
import io.aegis.adapters.web.assessment.AssessmentPages;
import io.aegis.adapters.web.asset.AssetCategoryController;
import io.aegis.adapters.web.asset.AssetController;
import io.aegis.adapters.web.asset.AssetImportRoute;
import io.aegis.adapters.web.asset.AssetRelationshipController;
import io.aegis.adapters.web.asset.InventoryPages;
import io.aegis.adapters.web.audit.AuditLogController;
import io.aegis.adapters.web.audit.AuditLogPages;
import io.aegis.adapters.web.auth.ApiKeyController;
import io.aegis.adapters.web.auth.AuthController;
import io.aegis.adapters.web.compliance.ComplianceController;
import io.aegis.adapters.web.compliance.CompliancePages;
import io.aegis.adapters.web.evidence.EvidenceController;
import io.aegis.adapters.web.evidence.EvidencePages;
import io.aegis.adapters.web.evidence.EvidenceUploads;
import io.aegis.adapters.web.framework.ControlMappingController;
import io.aegis.adapters.web.framework.FrameworkController;
import io.aegis.adapters.web.framework.FrameworkPages;
import io.aegis.adapters.web.identity.AccountPages;
import io.aegis.adapters.web.identity.AdministrationPages;
import io.aegis.adapters.web.identity.ApiKeyPages;
import io.aegis.adapters.web.identity.MeController;
import io.aegis.adapters.web.identity.RoleAssignmentController;
import io.aegis.adapters.web.identity.RoleController;
import io.aegis.adapters.web.identity.RolePages;
import io.aegis.adapters.web.identity.UserController;
import io.aegis.adapters.web.identity.UserPages;
import io.aegis.adapters.web.organisation.OrgUnitController;
import io.aegis.adapters.web.page.SessionCookie;
import io.aegis.adapters.web.risk.AssetDeactivationController;
import io.aegis.adapters.web.risk.AssetRiskController;
import io.aegis.adapters.web.risk.BulkTransitionController;
import io.aegis.adapters.web.risk.DashboardPages;
import io.aegis.adapters.web.risk.MatrixPages;
import io.aegis.adapters.web.risk.RegisterPages;
import io.aegis.adapters.web.risk.RiskAcceptanceController;
import io.aegis.adapters.web.risk.RiskControlController;
import io.aegis.adapters.web.risk.RiskController;
import io.aegis.adapters.web.risk.RiskMatrixController;
import io.aegis.adapters.web.risk.RiskReviewController;
import io.aegis.adapters.web.task.TaskController;
import io.aegis.adapters.web.task.TaskPages;
import io.aegis.application.AegisCore;
import io.aegis.application.audit.AuditSealingJob;
import io.aegis.application.core.port.AegisAdapters;
import io.aegis.application.identity.port.in.FirstAdminView;
import io.aegis.application.port.Actor;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the product's database and adapters, the {@link AegisCore} over them, and the HTTP
 * server over that core, connected by hand and in plain sight. A new use case is built in {@code AegisCore}
 * (the same object a program embedding Aegis gets) and routed here; the command line uses the same core.
 */
public final class Wiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
    private static final Duration LOGIN_RECORDS_PURGE_INTERVAL = Duration.ofHours(1);

    private final Database database;
    private final AuditSealer sealer;
    private final List<LeasedJob> jobs;
    private final WebServer server;
    private final int port;
    private final FirstAdminView firstAdmin;

    private Wiring(Database database, AuditSealer sealer, List<LeasedJob> jobs, WebServer server, int port,
                   FirstAdminView firstAdmin) {
        this.database = database;
        this.sealer = sealer;
        this.jobs = jobs;
        this.server = server;
        this.port = port;
        this.firstAdmin = firstAdmin;
    }

    /**
     * Connects and migrates the database, creates the first administrator on an empty one, then serves
     * the API; returns once the server listens.
     */
    public static Wiring start(AegisConfig config, String version) {
        Database database = connect(config);
        try {
            database.migrate();
            AegisAdapters adapters = adapters(database, config, AuditKeys.loadOrCreate(config.audit()));
            AegisCore core = new AegisCore(adapters);
            AuditSealer sealer = AuditSealer.start(auditSealing(core, adapters, config),
                    config.audit().sealInterval());
            FirstAdminView firstAdmin = core.identity().provisionFirstAdmin().provision(
                    config.identity().adminPassword());
            FirstAdminPassword.keep(firstAdmin, config.dataDir());
            List<LeasedJob> jobs = List.of(evidencePurge(core, adapters, config), loginRecordsPurge(core, adapters));
            SessionCookie sessionCookie = new SessionCookie(config.identity().secureCookies());
            // one per node, shared by the API and the upload page: their uploads count against one limit
            EvidenceUploads evidenceUploads = new EvidenceUploads(core.evidence().upload(),
                    config.evidence().maxFileBytes());
            WebServer server = new WebServer(
                    new WebSettings(config.host(), config.port(), config.maxRequestBytes(), config.maxUploadBytes(),
                            config.requestBodyTimeout(), config.maxConnections(),
                            config.maxConnectionsPerAddress(), version),
                    core.health(),
                    core.identity().authenticate(),
                    controllers(core, config, evidenceUploads),
                    pages(core, config, sessionCookie, evidenceUploads),
                    sessionCookie);
            return new Wiring(database, sealer, jobs, server, server.start(), firstAdmin);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static Database connect(AegisConfig config) {
        return Database.connect(new DatabaseSettings(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize()));
    }

    /** Every API route the server registered, relative to {@code /api/v1}. */
    public List<ApiRoute> apiRoutes() {
        return server.apiRoutes();
    }

    public int port() {
        return port;
    }

    /** What this start did about the first administrator (its generated password is shown once). */
    public FirstAdminView firstAdmin() {
        return firstAdmin;
    }

    /** Stops taking requests, lets those in flight finish, seals what they wrote, then closes the pool. */
    @Override
    public void close() {
        try {
            jobs.forEach(LeasedJob::close);
            server.stop();
        } finally {
            try {
                sealer.close();
            } finally {
                database.close();
            }
        }
    }

    /** Seals what waits now rather than at the next tick: for tests that look at the chain. */
    public void sealAuditTrail() {
        sealer.sealNow();
    }

    /** The product's adapters over its own pool, with the configured settings: for the server and the command line. */
    static AegisAdapters adapters(Database database, AegisConfig config, AuditKey auditKey) {
        return JooqAdapters.over(database.dataSource(), database.kind(), auditKey,
                        new FileAuditCheckpointLog(config.audit().checkpointFile()),
                        IntegrationAdapters.standalone(config.identity().bcryptCost(), config.evidence().store()))
                .with(new AegisAdapters.Settings(Clock.systemUTC(), config.reviewPolicy(),
                        config.identity().sessions(), LoginThrottle.DEFAULT, config.acceptancePolicy(),
                        config.taskSla(), config.identity().loginRecordsRetention()));
    }

    /** Expired evidence and the files no evidence names, removed once across the nodes per interval. */
    private static LeasedJob evidencePurge(AegisCore core, AegisAdapters adapters, AegisConfig config) {
        String job = "evidence.purge";
        return LeasedJob.start(job, () -> {
            var report = core.evidence().purge().purge(Actor.system(job));
            LOG.info("evidence purge: {} expired evidence and {} unnamed files removed", report.evidence().size(),
                    report.files().size());
        }, adapters.jobLeases(), config.evidence().purgeInterval(), adapters.settings().clock());
    }

    /** Failed sign-ins and ended sessions past their retention, removed once across the nodes every hour. */
    private static LeasedJob loginRecordsPurge(AegisCore core, AegisAdapters adapters) {
        String job = "identity.purge_login_records";
        return LeasedJob.start(job, () -> {
            var purged = core.identity().purgeLoginRecords().purge(Actor.system(job));
            if (purged.removedAny()) {
                LOG.info("login records purge: {} failed sign-ins and {} ended sessions from before {} removed",
                        purged.failures(), purged.sessions(), purged.before());
            }
        }, adapters.jobLeases(), LOGIN_RECORDS_PURGE_INTERVAL, adapters.settings().clock());
    }

    /** The audit trail's background work on this node: sealing, and checkpoints at their interval. */
    private static AuditSealingJob auditSealing(AegisCore core, AegisAdapters adapters, AegisConfig config) {
        return new AuditSealingJob(core.audit().sealAuditTrail(), core.audit().checkpointAuditTrail(),
                adapters.jobLeases(), AuditSealer.nodeName(), config.audit().sealInterval(),
                config.audit().checkpointInterval(), adapters.settings().clock());
    }

    /** Every context's pages, over the same inbound ports as their routes. */
    private static List<PageController> pages(AegisCore core, AegisConfig config, SessionCookie sessionCookie,
                                              EvidenceUploads evidenceUploads) {
        var identity = core.identity();
        PageController account = new AccountPages(identity.logIn(), identity.logOut(), identity.changeOwnPassword(),
                sessionCookie);
        var risks = core.risks();
        PageController dashboard = new DashboardPages(risks.getRiskHeatmap(), risks.listRisks(),
                risks.countRisksByStatus(), risks.listMostExposedAssets());
        PageController register = new RegisterPages(risks.listRisks(), risks.getRisk(), risks.createRisk(),
                risks.updateRisk(), risks.scoreRisk(), risks.listRiskScores(), risks.transitionRisk(),
                risks.exportRisks(), core.audit().listAuditLogs(), risks.listRiskControls(), risks.linkRiskControl(),
                risks.unlinkRiskControl(), core.frameworks().listFrameworks(), core.frameworks().listControls());
        var assets = core.assets();
        PageController inventory = new InventoryPages(assets.listAssets(), assets.getAsset(), assets.createAsset(),
                assets.exportAssets(), assets.listAssetRelationships(), risks.getAssetRisk(), imports(core, config));
        PageController users = new UserPages(identity.listUsers(), identity.getUser(), identity.createUser(),
                identity.setUserRoles(), identity.resetPassword(), identity.deactivateUser(), identity.listRoles());
        PageController roles = new RolePages(identity.listRoles(), identity.getRole(), identity.createRole(),
                identity.updateRole());
        PageController apiKeys = new ApiKeyPages(identity.listApiKeys(), identity.createApiKey(),
                identity.revokeApiKey());
        PageController auditLog = new AuditLogPages(core.audit().listAuditLogs(), core.audit().verifyAuditChain());
        PageController matrices = new MatrixPages(risks.listRiskMatrices(), risks.getRiskMatrix(),
                risks.getRiskMatrixEditing(), risks.createRiskMatrix(), risks.updateRiskMatrix(),
                risks.deactivateRiskMatrix(), core.organisation().listOrgUnits());
        PageController frameworks = new FrameworkPages(core.frameworks(), core.mappings().equivalents(),
                frameworkRoutes(core, config), core.evidence().controlLinks());
        PageController assessments = new AssessmentPages(core.assessments());
        PageController compliance = new CompliancePages(core.compliance());
        PageController tasks = new TaskPages(core.tasks(), core.evidence().taskLinks());
        PageController evidence = new EvidencePages(core.evidence(), evidenceUploads);
        return List.of(account, apiKeys, dashboard, register, inventory, frameworks, assessments, compliance, tasks,
                evidence, new AdministrationPages(), users, roles, auditLog, matrices);
    }

    private static FrameworkController frameworkRoutes(AegisCore core, AegisConfig config) {
        return new FrameworkController(core.frameworks(), config.maxUploadBytes());
    }

    private static AssetImportRoute imports(AegisCore core, AegisConfig config) {
        return new AssetImportRoute(core.assets().importAssets(), core.assets().importAssetRelationships(),
                config.maxUploadBytes());
    }

    /** Every context's routes, over the core's inbound ports. */
    private static List<Controller> controllers(AegisCore core, AegisConfig config,
                                                EvidenceUploads evidenceUploads) {
        var identity = core.identity();
        Controller authentication = new AuthController(identity.logIn(), identity.logOut());
        Controller apiKeyRoutes = new ApiKeyController(identity.createApiKey(), identity.listApiKeys(),
                identity.getApiKey(), identity.listUserApiKeys(), identity.revokeApiKey());
        Controller userRoutes = new UserController(identity.createUser(), identity.getUser(), identity.listUsers(),
                identity.updateUser(), identity.deactivateUser(), identity.setUserRoles(), identity.resetPassword());
        Controller roleAssignments = new RoleAssignmentController(identity.getRoleAssignments(),
                identity.setRoleAssignments());
        Controller roleRoutes = new RoleController(identity.createRole(), identity.getRole(), identity.listRoles(),
                identity.updateRole(), identity.deactivateRole());
        Controller me = new MeController(identity.getCurrentUser(), identity.changeOwnPassword());
        // organisation
        var organisation = core.organisation();
        Controller orgUnits = new OrgUnitController(organisation.createOrgUnit(), organisation.getOrgUnit(),
                organisation.listOrgUnits(), organisation.updateOrgUnit(), organisation.deactivateOrgUnit());
        // assets
        var assets = core.assets();
        Controller assetCategories = new AssetCategoryController(assets.createAssetCategory(),
                assets.getAssetCategory(), assets.listAssetCategories(), assets.updateAssetCategory(),
                assets.deactivateAssetCategory());
        AssetImportRoute imports = imports(core, config);
        Controller assetRoutes = new AssetController(assets.createAsset(), assets.getAsset(), assets.listAssets(),
                assets.updateAsset(), assets.exportAssets(),
                imports);
        Controller assetRelationshipRoutes = new AssetRelationshipController(assets.createAssetRelationship(),
                assets.getAssetRelationship(), assets.listAssetRelationships(), assets.updateAssetRelationship(),
                assets.deleteAssetRelationship(), imports, assets.exportAssetRelationships());
        // risks
        var risks = core.risks();
        Controller riskMatrices = new RiskMatrixController(risks.createRiskMatrix(), risks.getRiskMatrix(),
                risks.listRiskMatrices(), risks.updateRiskMatrix(), risks.deactivateRiskMatrix());
        Controller riskRoutes = new RiskController(risks.createRisk(), risks.getRisk(), risks.listRisks(),
                risks.updateRisk(), risks.deactivateRisk(), risks.scoreRisk(), risks.listRiskScores(),
                risks.transitionRisk(), risks.getRiskHeatmap(), risks.exportRisks());
        Controller assetRiskRoutes = new AssetRiskController(risks.getAssetRisk(), risks.listMostExposedAssets());
        Controller riskReviews = new RiskReviewController(risks.recordRiskReview(), risks.listRiskReviews());
        Controller riskAcceptances = new RiskAcceptanceController(risks.requestRiskAcceptance(),
                risks.decideRiskAcceptance(), risks.withdrawRiskAcceptance(), risks.listRiskAcceptances());
        Controller bulkTransitions = new BulkTransitionController(risks.bulkTransitionRisks());
        Controller assetDeactivations = new AssetDeactivationController(risks.deactivateAssets());
        Controller riskControls = new RiskControlController(risks.listRiskControls(), risks.linkRiskControl(),
                risks.unlinkRiskControl());
        // frameworks
        Controller frameworks = frameworkRoutes(core, config);
        Controller controlMappings = new ControlMappingController(core.mappings(), config.maxUploadBytes());
        Controller assessments = new AssessmentController(core.assessments());
        Controller compliance = new ComplianceController(core.compliance());
        Controller tasks = new TaskController(core.tasks());
        Controller evidence = new EvidenceController(core.evidence(), evidenceUploads);
        // audit
        Controller auditLogs = new AuditLogController(core.audit().listAuditLogs(), core.audit().verifyAuditChain());
        // assetRiskRoutes before assetRoutes: GET /assets/most-exposed is not an asset's id
        return List.of(authentication, apiKeyRoutes, assetCategories, assetRiskRoutes, assetRoutes,
                assetRelationshipRoutes, riskMatrices, riskRoutes, assetDeactivations, riskReviews, riskAcceptances,
                bulkTransitions, riskControls, frameworks, controlMappings, assessments, compliance, tasks, evidence,
                auditLogs, userRoutes, roleAssignments, roleRoutes, me, orgUnits);
    }
}
