package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import io.aegis.adapters.persistence.JooqDatabaseProbe;
import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryRepository;
import io.aegis.adapters.persistence.asset.JooqAssetDependencyGraph;
import io.aegis.adapters.persistence.asset.JooqAssetReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetReferences;
import io.aegis.adapters.persistence.asset.JooqAssetRelationshipReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetRelationshipRepository;
import io.aegis.adapters.persistence.asset.JooqAssetRepository;
import io.aegis.adapters.persistence.JooqJobLeases;
import io.aegis.adapters.persistence.audit.FileAuditCheckpointLog;
import io.aegis.adapters.persistence.audit.JooqAuditChainReader;
import io.aegis.adapters.persistence.audit.JooqAuditSeals;
import io.aegis.adapters.persistence.audit.JooqAuditLogReadModel;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.identity.BcryptPasswordHasher;
import io.aegis.adapters.persistence.identity.JdkSecureRandomness;
import io.aegis.adapters.persistence.identity.JooqApiKeyRepository;
import io.aegis.adapters.persistence.identity.JooqAuthTokenRepository;
import io.aegis.adapters.persistence.identity.JooqLoginFailures;
import io.aegis.adapters.persistence.identity.JooqRoleReadModel;
import io.aegis.adapters.persistence.identity.JooqPermissionHolders;
import io.aegis.adapters.persistence.identity.JooqRoleRepository;
import io.aegis.adapters.persistence.identity.JooqUserReadModel;
import io.aegis.adapters.persistence.identity.JooqUserRepository;
import io.aegis.adapters.persistence.risk.JooqRiskMatrixRepository;
import io.aegis.adapters.persistence.risk.JooqRiskReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskReferences;
import io.aegis.adapters.persistence.risk.JooqRiskRepository;
import io.aegis.adapters.persistence.risk.JooqRiskExposureReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskMatrixReadModel;
import io.aegis.adapters.persistence.risk.JooqRiskMatrixRepository;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.WebServer;
import io.aegis.adapters.web.WebSettings;
import io.aegis.adapters.web.asset.AssetCategoryController;
import io.aegis.adapters.web.asset.AssetController;
import io.aegis.adapters.web.asset.AssetImportRoute;
import io.aegis.adapters.web.asset.AssetRelationshipController;
import io.aegis.adapters.web.audit.AuditLogController;
import io.aegis.adapters.web.auth.ApiKeyController;
import io.aegis.adapters.web.auth.AuthController;
import io.aegis.adapters.web.identity.MeController;
import io.aegis.adapters.web.identity.RoleController;
import io.aegis.adapters.web.identity.UserController;
import io.aegis.adapters.web.risk.AssetRiskController;
import io.aegis.adapters.web.risk.RiskController;
import io.aegis.adapters.web.risk.RiskMatrixController;
import io.aegis.application.asset.CreateAssetCategoryService;
import io.aegis.application.asset.DeactivateAssetCategoryService;
import io.aegis.application.asset.GetAssetCategoryService;
import io.aegis.application.asset.ListAssetCategoriesService;
import io.aegis.application.asset.UpdateAssetCategoryService;
import io.aegis.application.asset.CreateAssetRelationshipService;
import io.aegis.application.asset.CreateAssetService;
import io.aegis.application.asset.DeactivateAssetService;
import io.aegis.application.asset.DeleteAssetRelationshipService;
import io.aegis.application.asset.ExportAssetsService;
import io.aegis.application.asset.GetAssetRelationshipService;
import io.aegis.application.asset.GetAssetService;
import io.aegis.application.asset.ImportAssetsService;
import io.aegis.application.asset.ListAssetRelationshipsService;
import io.aegis.application.asset.ListAssetsService;
import io.aegis.application.asset.UpdateAssetRelationshipService;
import io.aegis.application.asset.UpdateAssetService;
import io.aegis.application.audit.ListAuditLogsService;
import io.aegis.application.audit.AuditSealingJob;
import io.aegis.application.audit.CheckAuditChainService;
import io.aegis.application.audit.CheckpointAuditTrailService;
import io.aegis.application.audit.SealAuditTrailService;
import io.aegis.application.audit.VerifyAuditChainService;
import io.aegis.application.audit.port.in.VerifyAuditChainUseCase;
import io.aegis.application.health.CheckHealthService;
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
import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.FirstAdminView;
import io.aegis.application.identity.port.in.ProvisionFirstAdminUseCase;
import io.aegis.application.identity.port.in.ResetPasswordUseCase;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.CreateRiskService;
import io.aegis.application.risk.DeactivateRiskService;
import io.aegis.application.risk.GetAssetRiskService;
import io.aegis.application.risk.GetRiskHeatmapService;
import io.aegis.application.risk.GetRiskService;
import io.aegis.application.risk.ListRiskScoresService;
import io.aegis.application.risk.ListRisksService;
import io.aegis.application.risk.ScoreRiskService;
import io.aegis.application.risk.TransitionRiskService;
import io.aegis.application.risk.UpdateRiskService;
import io.aegis.application.risk.CreateRiskMatrixService;
import io.aegis.application.risk.DeactivateRiskMatrixService;
import io.aegis.application.risk.GetRiskMatrixService;
import io.aegis.application.risk.ListRiskMatricesService;
import io.aegis.application.risk.UpdateRiskMatrixService;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.identity.LoginThrottle;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: the one place that knows every implementation and connects them, by hand and
 * in plain sight. A new use case is wired here, next to its siblings; the command line uses the same
 * use cases without a server.
 */
public final class Wiring implements AutoCloseable {

    private final Database database;
    private final AuditSealer sealer;
    private final WebServer server;
    private final int port;
    private final FirstAdminView firstAdmin;

    private Wiring(Database database, AuditSealer sealer, WebServer server, int port, FirstAdminView firstAdmin) {
        this.database = database;
        this.sealer = sealer;
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
            UseCases useCases = new UseCases(database, config, Clock.systemUTC(),
                    AuditKeys.loadOrCreate(config.audit()));
            AuditSealer sealer = AuditSealer.start(useCases.auditSealing(), config.audit().sealInterval());
            FirstAdminView firstAdmin = useCases.provisionFirstAdmin().provision(config.identity().adminPassword());
            WebServer server = new WebServer(
                    new WebSettings(config.host(), config.port(), config.maxRequestBytes(),
                            config.requestBodyTimeout(), config.maxConnections(),
                            config.maxConnectionsPerAddress(), version),
                    new CheckHealthService(new JooqDatabaseProbe(database.dsl()),
                            new CheckAuditChainService(new JooqAuditChainReader(database.dsl()))),
                    useCases.authenticate(),
                    useCases.controllers());
            return new Wiring(database, sealer, server, server.start(), firstAdmin);
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

    /** The use cases over one database, for the server and for the command line alike. */
    static final class UseCases {

        /** A node that misses a few ticks (a long pause) keeps its lease. */
        private static final Duration MIN_LEASE = Duration.ofSeconds(5);

        private final Clock clock;
        private final Transactions transactions;
        private final AuditTrail audit;
        private final AccessGuard guard;
        private final SecureRandomness randomness = new JdkSecureRandomness();
        private final PasswordHasher hasher;
        private final JooqUserRepository users;
        private final JooqRoleRepository roles;
        private final JooqAuthTokenRepository tokens;
        private final JooqApiKeyRepository apiKeys;
        private final JooqAssetCategoryRepository categories;
        private final JooqAssetCategoryReadModel categoryList;
        private final JooqRiskMatrixRepository matrices;
        private final JooqAssetRepository assets;
        private final JooqAssetRelationshipRepository assetRelationships;
        private final AegisConfig config;
        private final Database database;
        private final AuditKey auditKey;

        UseCases(Database database, AegisConfig config, Clock clock, AuditKey auditKey) {
            this.database = database;
            this.config = config;
            this.clock = clock;
            this.auditKey = auditKey;
            this.transactions = new JooqTransactions(database.dsl());
            this.audit = new JooqAuditTrail(database.dsl(), auditKey);
            this.guard = new AccessGuard(audit, transactions, clock);
            this.hasher = new BcryptPasswordHasher(config.identity().bcryptCost());
            this.users = new JooqUserRepository(database.dsl());
            this.roles = new JooqRoleRepository(database.dsl());
            this.tokens = new JooqAuthTokenRepository(database.dsl());
            this.apiKeys = new JooqApiKeyRepository(database.dsl());
            this.categories = new JooqAssetCategoryRepository(database.dsl());
            this.categoryList = new JooqAssetCategoryReadModel(database.dsl());
            this.matrices = new JooqRiskMatrixRepository(database.dsl());
            this.assets = new JooqAssetRepository(database.dsl());
            this.assetRelationships = new JooqAssetRelationshipRepository(database.dsl());
        }

        AuthenticateUseCase authenticate() {
            return new AuthenticateService(tokens, apiKeys, users, roles, clock);
        }

        ProvisionFirstAdminUseCase provisionFirstAdmin() {
            return new ProvisionFirstAdminService(users, roles, hasher, randomness, transactions, audit, clock);
        }

        CreateUserUseCase createUser() {
            return new CreateUserService(guard, users, roles, hasher, transactions, audit, clock);
        }

        /** For the command line, which names roles rather than numbering them. */
        Optional<RoleId> roleNamed(RoleName name) {
            return roles.findByName(name).flatMap(Role::id);
        }

        ResetPasswordUseCase resetPassword() {
            return new ResetPasswordService(guard, users, tokens, hasher, transactions, audit, clock);
        }

        VerifyAuditChainUseCase verifyAuditChain() {
            return new VerifyAuditChainService(guard, new JooqAuditChainReader(database.dsl()),
                    new FileAuditCheckpointLog(config.audit().checkpointFile()), auditKey);
        }

        /** The audit trail's background work on this node: sealing, and checkpoints at their interval. */
        AuditSealingJob auditSealing() {
            var seals = new JooqAuditSeals(database.dsl());
            Duration tick = config.audit().sealInterval();
            return new AuditSealingJob(
                    new SealAuditTrailService(new JooqAuditChainReader(database.dsl()), seals, auditKey, transactions),
                    new CheckpointAuditTrailService(seals, new FileAuditCheckpointLog(config.audit().checkpointFile()),
                            auditKey, transactions, clock),
                    new JooqJobLeases(database.dsl()), AuditSealer.nodeName(),
                    tick.multipliedBy(5).compareTo(MIN_LEASE) < 0 ? MIN_LEASE : tick.multipliedBy(5),
                    config.audit().checkpointInterval(), clock);
        }

        List<Controller> controllers() {
            // one budget of failed password checks: the login's and the password change's
            JooqLoginFailures loginFailures = new JooqLoginFailures(database.dsl());
            Controller authentication = new AuthController(
                    new LogInService(users, hasher, tokens, loginFailures, randomness, transactions,
                            audit, clock, LoginThrottle.DEFAULT, config.identity().tokenLifetime()),
                    new LogOutService(tokens, transactions, audit, clock));
            Controller apiKeyRoutes = new ApiKeyController(
                    new CreateApiKeyService(guard, apiKeys, randomness, transactions, audit, clock),
                    new ListApiKeysService(apiKeys),
                    new RevokeApiKeyService(guard, apiKeys, transactions, audit, clock));
            Controller assetCategories = new AssetCategoryController(
                    new CreateAssetCategoryService(guard, categories, transactions, audit, clock),
                    new GetAssetCategoryService(guard, categories),
                    new ListAssetCategoriesService(guard, categoryList),
                    new UpdateAssetCategoryService(guard, categories, transactions, audit, clock),
                    new DeactivateAssetCategoryService(guard, categories, transactions, audit, clock));
            Controller riskMatrices = new RiskMatrixController(
                    new CreateRiskMatrixService(guard, matrices, transactions, audit, clock),
                    new GetRiskMatrixService(guard, matrices),
                    new ListRiskMatricesService(guard, new JooqRiskMatrixReadModel(database.dsl())),
                    new UpdateRiskMatrixService(guard, matrices, transactions, audit, clock),
                    new DeactivateRiskMatrixService(guard, matrices, transactions, audit, clock));
            JooqAssetReadModel assetList = new JooqAssetReadModel(database.dsl());
            JooqAssetReferences assetReferences = new JooqAssetReferences(database.dsl());
            Controller assetRoutes = new AssetController(
                    new CreateAssetService(guard, assets, assetReferences, categories, transactions, audit, clock),
                    new GetAssetService(guard, assets),
                    new ListAssetsService(guard, assetList),
                    new UpdateAssetService(guard, assets, assetReferences, categories, transactions, audit, clock),
                    new DeactivateAssetService(guard, assets, transactions, audit, clock),
                    new ExportAssetsService(guard, assetList, transactions),
                    new AssetImportRoute(new ImportAssetsService(guard, assets, assetReferences, categories,
                            transactions, audit, clock), config.maxRequestBytes()));
            Controller assetRelationshipRoutes = new AssetRelationshipController(
                    new CreateAssetRelationshipService(guard, assets, assetRelationships, transactions, audit, clock),
                    new GetAssetRelationshipService(guard, assetRelationships),
                    new ListAssetRelationshipsService(guard, assets,
                            new JooqAssetRelationshipReadModel(database.dsl())),
                    new UpdateAssetRelationshipService(guard, assetRelationships, transactions, audit, clock),
                    new DeleteAssetRelationshipService(guard, assetRelationships, transactions, audit, clock));
            Controller auditLogs = new AuditLogController(
                    new ListAuditLogsService(guard, new JooqAuditLogReadModel(database.dsl())),
                    verifyAuditChain());
            // users and roles
            JooqPermissionHolders holders = new JooqPermissionHolders(database.dsl());
            Controller userRoutes = new UserController(
                    createUser(),
                    new GetUserService(guard, users, roles),
                    new ListUsersService(guard, new JooqUserReadModel(database.dsl())),
                    new UpdateUserService(guard, users, tokens, apiKeys, roles, holders, transactions, audit, clock),
                    new DeactivateUserService(guard, users, tokens, apiKeys, roles, holders, transactions, audit,
                            clock),
                    new SetUserRolesService(guard, users, roles, holders, transactions, audit, clock));
            Controller roleRoutes = new RoleController(
                    new CreateRoleService(guard, roles, transactions, audit, clock),
                    new GetRoleService(guard, roles),
                    new ListRolesService(guard, new JooqRoleReadModel(database.dsl())),
                    new UpdateRoleService(guard, roles, holders, transactions, audit, clock),
                    new DeactivateRoleService(guard, roles, holders, transactions, audit, clock));
            Controller me = new MeController(
                    new GetCurrentUserService(users, roles),
                    new ChangeOwnPasswordService(guard, users, tokens, roles, hasher, loginFailures,
                            LoginThrottle.DEFAULT, transactions, audit, clock));
            return List.of(authentication, apiKeyRoutes, assetCategories, assetRoutes, assetRelationshipRoutes,
                    riskMatrices, riskRoutes(), assetRiskRoutes(), auditLogs, userRoutes, roleRoutes, me);
        }

        /** The risk register. */
        private Controller riskRoutes() {
            var risks = new JooqRiskRepository(database.dsl());
            var riskList = new JooqRiskReadModel(database.dsl());
            var references = new JooqRiskReferences(database.dsl());
            var cadence = config.reviewPolicy();
            return new RiskController(
                    new CreateRiskService(guard, risks, matrices, references, cadence, transactions, audit, clock),
                    new GetRiskService(guard, risks),
                    new ListRisksService(guard, riskList, clock),
                    new UpdateRiskService(guard, risks, matrices, references, cadence, transactions, audit, clock),
                    new DeactivateRiskService(guard, risks, transactions, audit, clock),
                    new ScoreRiskService(guard, risks, matrices, cadence, transactions, audit, clock),
                    new ListRiskScoresService(guard, risks, riskList),
                    new TransitionRiskService(guard, risks, cadence, transactions, audit, clock),
                    new GetRiskHeatmapService(guard, matrices, riskList, clock));
        }

        /** An asset's risk rolled up over its critical dependencies. */
        private Controller assetRiskRoutes() {
            return new AssetRiskController(new GetAssetRiskService(guard, new JooqAssetDependencyGraph(database.dsl()),
                    new JooqRiskExposureReadModel(database.dsl())));
        }
    }
}
