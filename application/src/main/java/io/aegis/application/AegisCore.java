package io.aegis.application;

import io.aegis.application.assessment.CreateAssessmentService;
import io.aegis.application.assessment.EvaluateControlService;
import io.aegis.application.assessment.GetAssessmentScoreService;
import io.aegis.application.assessment.GetAssessmentService;
import io.aegis.application.assessment.GetEvaluationService;
import io.aegis.application.assessment.ListAssessmentsService;
import io.aegis.application.assessment.ListEvaluationsService;
import io.aegis.application.assessment.TransitionAssessmentService;
import io.aegis.application.assessment.UpdateAssessmentService;
import io.aegis.application.assessment.port.in.AssessmentPorts;
import io.aegis.application.compliance.GetCompliancePostureService;
import io.aegis.application.compliance.port.in.CompliancePorts;
import io.aegis.application.asset.CreateAssetCategoryService;
import io.aegis.application.asset.CreateAssetRelationshipService;
import io.aegis.application.asset.CreateAssetService;
import io.aegis.application.asset.DeactivateAssetCategoryService;
import io.aegis.application.asset.DeactivateAssetService;
import io.aegis.application.asset.DeleteAssetRelationshipService;
import io.aegis.application.asset.ExportAssetRelationshipsService;
import io.aegis.application.asset.ExportAssetsService;
import io.aegis.application.asset.GetAssetCategoryService;
import io.aegis.application.asset.GetAssetRelationshipService;
import io.aegis.application.asset.GetAssetService;
import io.aegis.application.asset.ImportAssetRelationshipsService;
import io.aegis.application.asset.ImportAssetsService;
import io.aegis.application.asset.ListAssetCategoriesService;
import io.aegis.application.asset.ListAssetRelationshipsService;
import io.aegis.application.asset.ListAssetsService;
import io.aegis.application.asset.UpdateAssetCategoryService;
import io.aegis.application.asset.UpdateAssetRelationshipService;
import io.aegis.application.asset.UpdateAssetService;
import io.aegis.application.asset.port.in.AssetPorts;
import io.aegis.application.audit.CheckAuditChainService;
import io.aegis.application.audit.CheckpointAuditTrailService;
import io.aegis.application.audit.ListAuditLogsService;
import io.aegis.application.audit.SealAuditTrailService;
import io.aegis.application.audit.VerifyAuditChainService;
import io.aegis.application.audit.port.in.AuditPorts;
import io.aegis.application.core.port.AegisAdapters;
import io.aegis.application.evidence.GetEvidenceContentService;
import io.aegis.application.evidence.GetEvidenceService;
import io.aegis.application.evidence.LinkControlService;
import io.aegis.application.evidence.LinkTaskService;
import io.aegis.application.evidence.ListControlLinksService;
import io.aegis.application.evidence.ListEvidenceService;
import io.aegis.application.evidence.ListTaskLinksService;
import io.aegis.application.evidence.PurgeEvidenceService;
import io.aegis.application.evidence.UnlinkControlService;
import io.aegis.application.evidence.UploadEvidenceService;
import io.aegis.application.evidence.port.in.EvidencePorts;
import io.aegis.application.framework.CreateControlMappingService;
import io.aegis.application.framework.DeleteControlMappingService;
import io.aegis.application.framework.GetControlMappingService;
import io.aegis.application.framework.GetControlService;
import io.aegis.application.framework.GetControlTreeService;
import io.aegis.application.framework.GetEquivalentsService;
import io.aegis.application.framework.GetFrameworkService;
import io.aegis.application.framework.ImportBaselineService;
import io.aegis.application.framework.ImportBundledCatalogService;
import io.aegis.application.framework.ImportCatalogService;
import io.aegis.application.framework.ImportControlMappingsService;
import io.aegis.application.framework.ListBaselinesService;
import io.aegis.application.framework.ListBundledCatalogsService;
import io.aegis.application.framework.ListControlMappingsService;
import io.aegis.application.framework.ListControlsService;
import io.aegis.application.framework.ListFrameworksService;
import io.aegis.application.framework.UpdateControlMappingService;
import io.aegis.application.framework.port.in.ControlMappingPorts;
import io.aegis.application.framework.port.in.FrameworkPorts;
import io.aegis.application.health.CheckHealthService;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.identity.ActAsService;
import io.aegis.application.identity.AuthenticateService;
import io.aegis.application.identity.ChangeOwnPasswordService;
import io.aegis.application.identity.CreateApiKeyService;
import io.aegis.application.identity.CreateRoleService;
import io.aegis.application.identity.CreateUserService;
import io.aegis.application.identity.DeactivateRoleService;
import io.aegis.application.identity.DeactivateUserService;
import io.aegis.application.identity.GetApiKeyService;
import io.aegis.application.identity.GetCurrentUserService;
import io.aegis.application.identity.GetRoleAssignmentsService;
import io.aegis.application.identity.GetRoleService;
import io.aegis.application.identity.GetUserService;
import io.aegis.application.identity.ListApiKeysService;
import io.aegis.application.identity.ListRolesService;
import io.aegis.application.identity.ListUserApiKeysService;
import io.aegis.application.identity.ListUsersService;
import io.aegis.application.identity.LogInService;
import io.aegis.application.identity.LogOutService;
import io.aegis.application.identity.PurgeLoginRecordsService;
import io.aegis.application.identity.PasswordChecks;
import io.aegis.application.identity.ProvisionFirstAdminService;
import io.aegis.application.identity.ResetPasswordService;
import io.aegis.application.identity.RevokeApiKeyService;
import io.aegis.application.identity.SetRoleAssignmentsService;
import io.aegis.application.identity.SetUserRolesService;
import io.aegis.application.identity.UpdateRoleService;
import io.aegis.application.identity.UpdateUserService;
import io.aegis.application.identity.port.in.IdentityPorts;
import io.aegis.application.organisation.CreateOrgUnitService;
import io.aegis.application.organisation.DeactivateOrgUnitService;
import io.aegis.application.organisation.GetOrgUnitService;
import io.aegis.application.organisation.ListOrgUnitsService;
import io.aegis.application.organisation.UpdateOrgUnitService;
import io.aegis.application.organisation.port.in.OrganisationPorts;
import io.aegis.application.port.Transactions;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.BulkTransitionRisksService;
import io.aegis.application.risk.CountRisksByStatusService;
import io.aegis.application.risk.CreateRiskMatrixService;
import io.aegis.application.risk.DecideRiskAcceptanceService;
import io.aegis.application.risk.CreateRiskService;
import io.aegis.application.risk.DeactivateAssetsService;
import io.aegis.application.risk.DeactivateRiskMatrixService;
import io.aegis.application.risk.DeactivateRiskService;
import io.aegis.application.risk.ExportRisksService;
import io.aegis.application.risk.GetAssetRiskService;
import io.aegis.application.risk.GetRiskHeatmapService;
import io.aegis.application.risk.GetRiskMatrixService;
import io.aegis.application.risk.GetRiskMatrixEditingService;
import io.aegis.application.risk.GetRiskService;
import io.aegis.application.risk.LinkRiskControlService;
import io.aegis.application.risk.ListRiskControlsService;
import io.aegis.application.risk.ListMostExposedAssetsService;
import io.aegis.application.risk.ListRiskAcceptancesService;
import io.aegis.application.risk.ListRiskMatricesService;
import io.aegis.application.risk.ListRiskReviewsService;
import io.aegis.application.risk.ListRiskScoresService;
import io.aegis.application.risk.ListRisksService;
import io.aegis.application.risk.RecordRiskReviewService;
import io.aegis.application.risk.RequestRiskAcceptanceService;
import io.aegis.application.risk.ScoreRiskService;
import io.aegis.application.risk.TransitionRiskService;
import io.aegis.application.risk.UnlinkRiskControlService;
import io.aegis.application.risk.UpdateRiskMatrixService;
import io.aegis.application.risk.UpdateRiskService;
import io.aegis.application.risk.WithdrawRiskAcceptanceService;
import io.aegis.application.risk.port.in.RiskPorts;
import io.aegis.application.task.AddTaskCommentService;
import io.aegis.application.task.CreateGapTasksService;
import io.aegis.application.task.CreateTaskService;
import io.aegis.application.task.GetTaskService;
import io.aegis.application.task.ListAssessmentGapsService;
import io.aegis.application.task.ListTaskCommentsService;
import io.aegis.application.task.ListTasksService;
import io.aegis.application.task.TransitionTaskService;
import io.aegis.application.task.UpdateTaskService;
import io.aegis.application.task.port.in.TaskPorts;

/**
 * Aegis without a server: every use case of every context, built once over one set of outbound adapters and
 * offered as each context's inbound ports, e.g. {@code core.risks().transitionRisk().transition(actor, command)}.
 * The HTTP server is built on one of these, so a program embedding Aegis gets the same object the API tests use.
 * A new context adds its ports record here, next to its siblings (docs/ARCHITECTURE.md).
 */
public final class AegisCore {

    private final IdentityPorts identity;
    private final OrganisationPorts organisation;
    private final AssetPorts assets;
    private final RiskPorts risks;
    private final FrameworkPorts frameworks;
    private final ControlMappingPorts mappings;
    private final AssessmentPorts assessments;
    private final CompliancePorts compliance;
    private final TaskPorts tasks;
    private final EvidencePorts evidence;
    private final AuditPorts audit;
    private final CheckHealthUseCase health;

    public AegisCore(AegisAdapters adapters) {
        UseCaseRunner run = new UseCaseRunner(adapters.transactions(), adapters.auditTrail(),
                adapters.settings().clock());
        this.identity = identity(adapters, run);
        this.organisation = organisation(adapters, run);
        this.assets = assets(adapters, run);
        this.risks = risks(adapters, run, assets);
        this.frameworks = frameworks(adapters, run);
        this.mappings = mappings(adapters, run);
        this.assessments = assessments(adapters, run);
        this.compliance = compliance(adapters, run);
        this.tasks = tasks(adapters, run);
        this.evidence = evidence(adapters, run);
        this.audit = audit(adapters, run);
        this.health = new CheckHealthService(adapters.databaseProbe(),
                new CheckAuditChainService(adapters.audit().chain()));
    }

    public IdentityPorts identity() {
        return identity;
    }

    public OrganisationPorts organisation() {
        return organisation;
    }

    public AssetPorts assets() {
        return assets;
    }

    public RiskPorts risks() {
        return risks;
    }

    public FrameworkPorts frameworks() {
        return frameworks;
    }

    public ControlMappingPorts mappings() {
        return mappings;
    }

    public AssessmentPorts assessments() {
        return assessments;
    }

    public CompliancePorts compliance() {
        return compliance;
    }

    public TaskPorts tasks() {
        return tasks;
    }

    public EvidencePorts evidence() {
        return evidence;
    }

    public AuditPorts audit() {
        return audit;
    }

    public CheckHealthUseCase health() {
        return health;
    }

    private static IdentityPorts identity(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.identity();
        var settings = adapters.settings();
        var users = ports.users();
        var roles = ports.roles();
        var tokens = ports.tokens();
        var apiKeys = ports.apiKeys();
        var holders = ports.permissionHolders();
        var hasher = ports.hasher();
        var units = ports.units();
        // one budget of failed password checks: the login's and the password change's
        var passwordChecks = new PasswordChecks(run, hasher, ports.loginFailures(), settings.loginThrottle());
        return new IdentityPorts(
                new ActAsService(users, roles, units),
                new AuthenticateService(run, ports.credentialHolders(), tokens, units, settings.sessions().idle()),
                new LogInService(run, users, tokens, passwordChecks, ports.randomness(), settings.sessions()),
                new LogOutService(run, tokens),
                new ProvisionFirstAdminService(run, users, roles, hasher, ports.randomness()),
                new CreateApiKeyService(run, apiKeys, ports.randomness()),
                new ListApiKeysService(apiKeys),
                new GetApiKeyService(apiKeys),
                new ListUserApiKeysService(run, users, apiKeys),
                new RevokeApiKeyService(run, apiKeys),
                new CreateUserService(run, users, roles, hasher),
                new GetUserService(run, users, roles),
                new ListUsersService(run, ports.userList()),
                new UpdateUserService(run, users, tokens, apiKeys, roles, holders),
                new DeactivateUserService(run, users, tokens, apiKeys, roles, holders),
                new SetUserRolesService(run, users, roles, holders),
                new GetRoleAssignmentsService(run, users, roles),
                new SetRoleAssignmentsService(run, users, roles, units, holders),
                new CreateRoleService(run, roles),
                new GetRoleService(run, roles),
                new ListRolesService(run, ports.roleList()),
                new UpdateRoleService(run, roles, holders),
                new DeactivateRoleService(run, roles, holders),
                new GetCurrentUserService(users, roles),
                new ChangeOwnPasswordService(run, users, tokens, roles, hasher, passwordChecks),
                new ResetPasswordService(run, users, tokens, hasher, ports.randomness()),
                new PurgeLoginRecordsService(run, ports.loginFailures(), tokens, settings.loginRecordsRetention()));
    }

    private static EvidencePorts evidence(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.evidence();
        var rows = ports.evidence();
        var list = ports.evidenceList();
        var links = ports.links();
        return new EvidencePorts(
                new UploadEvidenceService(run, ports.store(), rows, list),
                new GetEvidenceService(run, list),
                new ListEvidenceService(run, list),
                new GetEvidenceContentService(run, list, rows, ports.store()),
                new LinkControlService(run, list, links),
                new UnlinkControlService(run, list, links),
                new ListControlLinksService(run, list),
                new LinkTaskService(run, list, links),
                new ListTaskLinksService(run, list, links),
                new PurgeEvidenceService(run, rows, ports.store()));
    }

    private static FrameworkPorts frameworks(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.frameworks();
        var frameworks = ports.frameworks();
        var controls = ports.controls();
        var reader = ports.catalogReader();
        return new FrameworkPorts(
                new ListFrameworksService(run, ports.frameworkList()),
                new GetFrameworkService(run, ports.frameworkList()),
                new ListControlsService(run, ports.frameworkList(), ports.controlList()),
                new GetControlTreeService(run, ports.frameworkList(), ports.controlList()),
                new GetControlService(run, ports.controlList()),
                new ListBaselinesService(run, ports.frameworkList()),
                new ImportCatalogService(run, reader, frameworks, controls),
                new ImportBaselineService(run, reader, frameworks, controls, ports.baselines()),
                new ListBundledCatalogsService(run, ports.bundledCatalogs()),
                new ImportBundledCatalogService(run, reader, ports.bundledCatalogs(), frameworks, controls,
                        ports.baselines()));
    }

    private static ControlMappingPorts mappings(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.mappings();
        var mappings = ports.mappings();
        var mappingList = ports.mappingList();
        var controlList = adapters.frameworks().controlList();
        return new ControlMappingPorts(
                new CreateControlMappingService(run, controlList, mappings, mappingList),
                new GetControlMappingService(run, mappingList),
                new ListControlMappingsService(run, mappingList),
                new UpdateControlMappingService(run, mappings, mappingList),
                new DeleteControlMappingService(run, mappings),
                new GetEquivalentsService(run, mappingList),
                new ImportControlMappingsService(run, ports.fileReader(), adapters.frameworks().frameworkList(),
                        controlList, mappings));
    }

    private static AssessmentPorts assessments(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.assessments();
        var assessments = ports.assessments();
        var controls = ports.controls();
        var references = ports.references();
        var list = ports.assessmentList();
        return new AssessmentPorts(
                new CreateAssessmentService(run, assessments, references, list),
                new GetAssessmentService(run, list),
                new ListAssessmentsService(run, list),
                new UpdateAssessmentService(run, assessments, references, list),
                new TransitionAssessmentService(run, assessments, controls, list),
                new EvaluateControlService(run, assessments, controls, references, list),
                new GetEvaluationService(run, list),
                new ListEvaluationsService(run, list),
                new GetAssessmentScoreService(run, assessments, controls));
    }

    private static CompliancePorts compliance(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.compliance();
        return new CompliancePorts(new GetCompliancePostureService(run, ports.catalog(), ports.evaluations(),
                ports.mappings()));
    }

    private static TaskPorts tasks(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.tasks();
        var tasks = ports.tasks();
        var references = ports.references();
        var list = ports.taskList();
        var sla = adapters.settings().taskSla();
        return new TaskPorts(
                new CreateTaskService(run, tasks, references, list, sla),
                new GetTaskService(run, list),
                new ListTasksService(run, list),
                new UpdateTaskService(run, tasks, references, list),
                new TransitionTaskService(run, tasks, list),
                new AddTaskCommentService(run, tasks, list),
                new ListTaskCommentsService(run, list),
                new ListAssessmentGapsService(run, ports.gaps()),
                new CreateGapTasksService(run, tasks, ports.gaps(), list, sla));
    }

    private static OrganisationPorts organisation(AegisAdapters adapters, UseCaseRunner run) {
        var units = adapters.organisation().units();
        return new OrganisationPorts(
                new CreateOrgUnitService(run, units),
                new GetOrgUnitService(run, units),
                new ListOrgUnitsService(run, adapters.organisation().unitList()),
                new UpdateOrgUnitService(run, units),
                new DeactivateOrgUnitService(run, units));
    }

    private static AssetPorts assets(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.assets();
        var references = ports.references();
        var categories = ports.categories();
        var assets = ports.assets();
        var relationships = ports.relationships();
        return new AssetPorts(
                new CreateAssetCategoryService(run, categories),
                new GetAssetCategoryService(run, categories),
                new ListAssetCategoriesService(run, ports.categoryList()),
                new UpdateAssetCategoryService(run, categories),
                new DeactivateAssetCategoryService(run, categories),
                new CreateAssetService(run, assets, references, categories),
                new GetAssetService(run, ports.assetList()),
                new ListAssetsService(run, ports.assetList()),
                new UpdateAssetService(run, assets, references, categories, ports.openRisks()),
                new DeactivateAssetService(run, assets, ports.openRisks()),
                new ExportAssetsService(run, ports.assetList(), ports.rowsWriter()),
                new ImportAssetsService(run, ports.rowsReader(), assets, references, categories, ports.openRisks()),
                new CreateAssetRelationshipService(run, assets, relationships),
                new GetAssetRelationshipService(run, ports.relationshipList()),
                new ListAssetRelationshipsService(run, assets, ports.relationshipList()),
                new UpdateAssetRelationshipService(run, assets, relationships),
                new DeleteAssetRelationshipService(run, assets, relationships),
                new ImportAssetRelationshipsService(run, ports.relationshipRowsReader(), assets, relationships),
                new ExportAssetRelationshipsService(run, ports.relationshipList(), assets,
                        ports.relationshipRowsWriter()));
    }

    private static RiskPorts risks(AegisAdapters adapters, UseCaseRunner run, AssetPorts assets) {
        var ports = adapters.risks();
        var cadence = adapters.settings().reviewPolicy();
        var acceptance = adapters.settings().acceptancePolicy();
        var matrices = ports.matrices();
        var risks = ports.risks();
        var references = ports.references();
        var listRisks = new ListRisksService(run, ports.riskList(), ports.assetGraph(), ports.treatments());
        var updateRisk = new UpdateRiskService(run, risks, matrices, references, cadence);
        var transitionRisk = new TransitionRiskService(run, risks, cadence);
        return new RiskPorts(
                new CreateRiskMatrixService(run, matrices, references),
                new GetRiskMatrixService(run, matrices),
                new GetRiskMatrixEditingService(run, matrices),
                new ListRiskMatricesService(run, ports.matrixList()),
                new UpdateRiskMatrixService(run, matrices),
                new DeactivateRiskMatrixService(run, matrices),
                new CreateRiskService(run, risks, matrices, references, cadence),
                new GetRiskService(run, ports.riskList(), ports.acceptances(), ports.treatments()),
                listRisks,
                updateRisk,
                new DeactivateRiskService(run, risks),
                new ScoreRiskService(run, risks, matrices, cadence),
                new ListRiskScoresService(run, risks, ports.riskList()),
                transitionRisk,
                new GetRiskHeatmapService(run, matrices, ports.riskList(), ports.assetGraph()),
                new CountRisksByStatusService(run, ports.riskList(), ports.assetGraph()),
                // an asset's risk rolled up over its critical dependencies, and the assets carrying the most
                new GetAssetRiskService(run, ports.assetGraph(), ports.exposure()),
                new ListMostExposedAssetsService(run, ports.ranking(), ports.assetGraph(), ports.exposure()),
                new ExportRisksService(run, ports.riskList(), ports.assetGraph(), ports.rowsWriter()),
                // the register's governance: periodic reviews, and acceptances asked for and decided
                new RecordRiskReviewService(run, risks, cadence),
                new ListRiskReviewsService(run, risks, ports.reviewList()),
                new RequestRiskAcceptanceService(run, risks, ports.acceptances(), acceptance),
                new DecideRiskAcceptanceService(run, risks, ports.acceptances(), cadence, acceptance),
                new WithdrawRiskAcceptanceService(run, risks, ports.acceptances()),
                new ListRiskAcceptancesService(run, risks, ports.acceptances()),
                new BulkTransitionRisksService(run, risks, cadence),
                // the asset context deactivates; its open risks are this context's to move or close first
                new DeactivateAssetsService(run, listRisks, updateRisk, transitionRisk, assets.getAsset(),
                        assets.deactivateAsset()),
                // the controls that treat risks, judged on their latest assessments
                new ListRiskControlsService(run, risks, ports.treatments()),
                new LinkRiskControlService(run, risks, ports.controlLinks(), ports.treatments()),
                new UnlinkRiskControlService(run, risks, ports.controlLinks()));
    }

    private static AuditPorts audit(AegisAdapters adapters, UseCaseRunner run) {
        var ports = adapters.audit();
        Transactions transactions = adapters.transactions();
        return new AuditPorts(
                new ListAuditLogsService(run, ports.logs()),
                new VerifyAuditChainService(run, ports.chain(), ports.checkpoints(), ports.key()),
                new SealAuditTrailService(ports.chain(), ports.seals(), ports.key(), transactions),
                new CheckpointAuditTrailService(ports.chain(), ports.seals(), ports.checkpoints(), ports.key(),
                        transactions, adapters.settings().clock()));
    }
}
