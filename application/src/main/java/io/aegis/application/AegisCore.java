package io.aegis.application;

import io.aegis.application.asset.CreateAssetCategoryService;
import io.aegis.application.asset.CreateAssetRelationshipService;
import io.aegis.application.asset.CreateAssetService;
import io.aegis.application.asset.DeactivateAssetCategoryService;
import io.aegis.application.asset.DeactivateAssetService;
import io.aegis.application.asset.DeleteAssetRelationshipService;
import io.aegis.application.asset.ExportAssetsService;
import io.aegis.application.asset.GetAssetCategoryService;
import io.aegis.application.asset.GetAssetRelationshipService;
import io.aegis.application.asset.GetAssetService;
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
import io.aegis.application.identity.GetCurrentUserService;
import io.aegis.application.identity.GetRoleService;
import io.aegis.application.identity.GetUserService;
import io.aegis.application.identity.ListApiKeysService;
import io.aegis.application.identity.ListRolesService;
import io.aegis.application.identity.ListUsersService;
import io.aegis.application.identity.LogInService;
import io.aegis.application.identity.LogOutService;
import io.aegis.application.identity.ProvisionFirstAdminService;
import io.aegis.application.identity.ResetPasswordService;
import io.aegis.application.identity.RevokeApiKeyService;
import io.aegis.application.identity.SetUserRolesService;
import io.aegis.application.identity.UpdateRoleService;
import io.aegis.application.identity.UpdateUserService;
import io.aegis.application.identity.port.in.IdentityPorts;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.CreateRiskMatrixService;
import io.aegis.application.risk.CreateRiskService;
import io.aegis.application.risk.DeactivateRiskMatrixService;
import io.aegis.application.risk.DeactivateRiskService;
import io.aegis.application.risk.GetAssetRiskService;
import io.aegis.application.risk.GetRiskHeatmapService;
import io.aegis.application.risk.GetRiskMatrixService;
import io.aegis.application.risk.GetRiskService;
import io.aegis.application.risk.ListRiskMatricesService;
import io.aegis.application.risk.ListRiskScoresService;
import io.aegis.application.risk.ListRisksService;
import io.aegis.application.risk.ScoreRiskService;
import io.aegis.application.risk.TransitionRiskService;
import io.aegis.application.risk.UpdateRiskMatrixService;
import io.aegis.application.risk.UpdateRiskService;
import io.aegis.application.risk.port.in.RiskPorts;
import java.time.Clock;

/**
 * Aegis without a server: every use case of every context, built once over one set of outbound adapters and
 * offered as each context's inbound ports, e.g. {@code core.risks().transitionRisk().transition(actor, command)}.
 * The HTTP server is built on one of these, so a program embedding Aegis gets the same object the API tests use.
 * A new context adds its ports record here, next to its siblings (docs/ARCHITECTURE.md).
 */
public final class AegisCore {

    private final IdentityPorts identity;
    private final AssetPorts assets;
    private final RiskPorts risks;
    private final AuditPorts audit;
    private final CheckHealthUseCase health;

    public AegisCore(AegisAdapters adapters) {
        Clock clock = adapters.settings().clock();
        AccessGuard guard = new AccessGuard(adapters.auditTrail(), adapters.transactions(), clock);
        this.identity = identity(adapters, guard);
        this.assets = assets(adapters, guard);
        this.risks = risks(adapters, guard);
        this.audit = audit(adapters, guard);
        this.health = new CheckHealthService(adapters.databaseProbe(),
                new CheckAuditChainService(adapters.audit().chain()));
    }

    public IdentityPorts identity() {
        return identity;
    }

    public AssetPorts assets() {
        return assets;
    }

    public RiskPorts risks() {
        return risks;
    }

    public AuditPorts audit() {
        return audit;
    }

    public CheckHealthUseCase health() {
        return health;
    }

    private static IdentityPorts identity(AegisAdapters adapters, AccessGuard guard) {
        var ports = adapters.identity();
        var settings = adapters.settings();
        Transactions transactions = adapters.transactions();
        AuditTrail audit = adapters.auditTrail();
        Clock clock = settings.clock();
        var users = ports.users();
        var roles = ports.roles();
        var tokens = ports.tokens();
        var apiKeys = ports.apiKeys();
        var holders = ports.permissionHolders();
        var hasher = ports.hasher();
        return new IdentityPorts(
                new ActAsService(users, roles),
                new AuthenticateService(tokens, apiKeys, users, roles, clock),
                // one budget of failed password checks: the login's and the password change's
                new LogInService(users, hasher, tokens, ports.loginFailures(), ports.randomness(), transactions,
                        audit, clock, settings.loginThrottle(), settings.tokenLifetime()),
                new LogOutService(tokens, transactions, audit, clock),
                new ProvisionFirstAdminService(users, roles, hasher, ports.randomness(), transactions, audit, clock),
                new CreateApiKeyService(guard, apiKeys, ports.randomness(), transactions, audit, clock),
                new ListApiKeysService(apiKeys),
                new RevokeApiKeyService(guard, apiKeys, transactions, audit, clock),
                new CreateUserService(guard, users, roles, hasher, transactions, audit, clock),
                new GetUserService(guard, users, roles),
                new ListUsersService(guard, ports.userList()),
                new UpdateUserService(guard, users, tokens, apiKeys, roles, holders, transactions, audit, clock),
                new DeactivateUserService(guard, users, tokens, apiKeys, roles, holders, transactions, audit, clock),
                new SetUserRolesService(guard, users, roles, holders, transactions, audit, clock),
                new CreateRoleService(guard, roles, transactions, audit, clock),
                new GetRoleService(guard, roles),
                new ListRolesService(guard, ports.roleList()),
                new UpdateRoleService(guard, roles, holders, transactions, audit, clock),
                new DeactivateRoleService(guard, roles, holders, transactions, audit, clock),
                new GetCurrentUserService(users, roles),
                new ChangeOwnPasswordService(guard, users, tokens, roles, hasher, ports.loginFailures(),
                        settings.loginThrottle(), transactions, audit, clock),
                new ResetPasswordService(guard, users, tokens, hasher, transactions, audit, clock));
    }

    private static AssetPorts assets(AegisAdapters adapters, AccessGuard guard) {
        var ports = adapters.assets();
        Transactions transactions = adapters.transactions();
        AuditTrail audit = adapters.auditTrail();
        Clock clock = adapters.settings().clock();
        var references = ports.references();
        var categories = ports.categories();
        var assets = ports.assets();
        var relationships = ports.relationships();
        return new AssetPorts(
                new CreateAssetCategoryService(guard, categories, transactions, audit, clock),
                new GetAssetCategoryService(guard, categories),
                new ListAssetCategoriesService(guard, ports.categoryList()),
                new UpdateAssetCategoryService(guard, categories, transactions, audit, clock),
                new DeactivateAssetCategoryService(guard, categories, transactions, audit, clock),
                new CreateAssetService(guard, assets, references, categories, transactions, audit, clock),
                new GetAssetService(guard, assets),
                new ListAssetsService(guard, ports.assetList()),
                new UpdateAssetService(guard, assets, references, categories, transactions, audit, clock),
                new DeactivateAssetService(guard, assets, transactions, audit, clock),
                new ExportAssetsService(guard, ports.assetList(), transactions, ports.rowsWriter()),
                new ImportAssetsService(guard, ports.rowsReader(), assets, references, categories, transactions,
                        audit, clock),
                new CreateAssetRelationshipService(guard, assets, relationships, transactions, audit, clock),
                new GetAssetRelationshipService(guard, relationships),
                new ListAssetRelationshipsService(guard, assets, ports.relationshipList()),
                new UpdateAssetRelationshipService(guard, relationships, transactions, audit, clock),
                new DeleteAssetRelationshipService(guard, relationships, transactions, audit, clock));
    }

    private static RiskPorts risks(AegisAdapters adapters, AccessGuard guard) {
        var ports = adapters.risks();
        Transactions transactions = adapters.transactions();
        AuditTrail audit = adapters.auditTrail();
        Clock clock = adapters.settings().clock();
        var cadence = adapters.settings().reviewPolicy();
        var matrices = ports.matrices();
        var risks = ports.risks();
        var references = ports.references();
        return new RiskPorts(
                new CreateRiskMatrixService(guard, matrices, transactions, audit, clock),
                new GetRiskMatrixService(guard, matrices),
                new ListRiskMatricesService(guard, ports.matrixList()),
                new UpdateRiskMatrixService(guard, matrices, transactions, audit, clock),
                new DeactivateRiskMatrixService(guard, matrices, transactions, audit, clock),
                new CreateRiskService(guard, risks, matrices, references, cadence, transactions, audit, clock),
                new GetRiskService(guard, risks),
                new ListRisksService(guard, ports.riskList(), clock),
                new UpdateRiskService(guard, risks, matrices, references, cadence, transactions, audit, clock),
                new DeactivateRiskService(guard, risks, transactions, audit, clock),
                new ScoreRiskService(guard, risks, matrices, cadence, transactions, audit, clock),
                new ListRiskScoresService(guard, risks, ports.riskList()),
                new TransitionRiskService(guard, risks, cadence, transactions, audit, clock),
                new GetRiskHeatmapService(guard, matrices, ports.riskList(), clock),
                // an asset's risk rolled up over its critical dependencies
                new GetAssetRiskService(guard, ports.assetGraph(), ports.exposure()));
    }

    private static AuditPorts audit(AegisAdapters adapters, AccessGuard guard) {
        var ports = adapters.audit();
        Transactions transactions = adapters.transactions();
        return new AuditPorts(
                new ListAuditLogsService(guard, ports.logs()),
                new VerifyAuditChainService(guard, ports.chain(), ports.checkpoints(), ports.key()),
                new SealAuditTrailService(ports.chain(), ports.seals(), ports.key(), transactions),
                new CheckpointAuditTrailService(ports.chain(), ports.seals(), ports.checkpoints(), ports.key(),
                        transactions, adapters.settings().clock()));
    }
}
