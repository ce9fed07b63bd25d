package io.aegis.bootstrap;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import io.aegis.adapters.persistence.JooqDatabaseProbe;
import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryReadModel;
import io.aegis.adapters.persistence.asset.JooqAssetCategoryRepository;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.WebServer;
import io.aegis.adapters.web.WebSettings;
import io.aegis.adapters.web.asset.AssetCategoryController;
import io.aegis.application.asset.CreateAssetCategoryService;
import io.aegis.application.asset.DeactivateAssetCategoryService;
import io.aegis.application.asset.GetAssetCategoryService;
import io.aegis.application.asset.ListAssetCategoriesService;
import io.aegis.application.asset.UpdateAssetCategoryService;
import io.aegis.application.health.CheckHealthService;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * The composition root: the one place that knows every implementation and connects them, by hand and
 * in plain sight. A new use case is wired here, next to its siblings.
 */
public final class Wiring implements AutoCloseable {

    private final Database database;
    private final WebServer server;
    private final int port;

    private Wiring(Database database, WebServer server, int port) {
        this.database = database;
        this.server = server;
        this.port = port;
    }

    /** Connects and migrates the database, then serves the API; returns once the server listens. */
    public static Wiring start(AegisConfig config, String version) {
        Database database = connect(config);
        try {
            database.migrate();
            WebServer server = new WebServer(
                    new WebSettings(config.host(), config.port(), config.maxRequestBytes(), version),
                    new CheckHealthService(new JooqDatabaseProbe(database.dsl())),
                    controllers(database, Clock.systemUTC()));
            return new Wiring(database, server, server.start());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static Database connect(AegisConfig config) {
        return Database.connect(new DatabaseSettings(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize()));
    }

    private static List<Controller> controllers(Database database, Clock clock) {
        Transactions transactions = new JooqTransactions(database.dsl());
        AuditTrail audit = new JooqAuditTrail(database.dsl());

        var categories = new JooqAssetCategoryRepository(database.dsl());
        var categoryList = new JooqAssetCategoryReadModel(database.dsl());
        Controller assetCategories = new AssetCategoryController(
                new CreateAssetCategoryService(categories, transactions, audit, clock),
                new GetAssetCategoryService(categories),
                new ListAssetCategoriesService(categoryList),
                new UpdateAssetCategoryService(categories, transactions, audit, clock),
                new DeactivateAssetCategoryService(categories, transactions, audit, clock));

        return List.of(assetCategories);
    }

    /** Every API route the server registered, relative to {@code /api/v1}. */
    public List<ApiRoute> apiRoutes() {
        return server.apiRoutes();
    }

    public int port() {
        return port;
    }

    /** Stops taking requests, lets those in flight finish, then closes the pool. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            database.close();
        }
    }
}
