package io.aegis.adapters.web.archfixture;

import io.aegis.adapters.persistence.archfixture.PersistenceFixtures;
import io.aegis.adapters.web.archfixtureloop.WebLoopFixture;
import io.aegis.application.archfixture.ApplicationFixtures;
import io.aegis.application.archfixture.port.in.PortInFixtures;
import io.aegis.application.archfixture.port.out.PortOutFixtures;
import io.aegis.application.port.UseCaseRunner;
import io.javalin.http.Context;
import java.net.http.HttpClient;
import org.jooq.DSLContext;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class WebFixtures {

    private WebFixtures() {
    }

    /** A web class no other layer but bootstrap should see. */
    public static final class WebThing {
    }

    /** Breaks ADAPTERS_SEE_ONLY_APPLICATION_PORTS: a controller holding a service instead of its use case. */
    public static final class ServiceCallingController {
        public void handle(ApplicationFixtures.OpenThingService service) {
        }
    }

    /** Breaks ADAPTERS_SEE_ONLY_APPLICATION_PORTS: a controller reaching application internals. */
    public static final class InternalsReadingController {
        public void handle(ApplicationFixtures.ApplicationInternal internal) {
        }
    }

    /** Breaks WEB_SEES_ONLY_INBOUND_PORTS: a controller reading an outbound port past the use case. */
    public static final class OutboundPortController {
        public void handle(PortOutFixtures.ThingRepository things) {
        }
    }

    /** Breaks WEB_SEES_ONLY_INBOUND_PORTS: the runner is the services' business, not the caller's. */
    public static final class RunnerHoldingController {
        public void handle(UseCaseRunner run) {
        }
    }

    /** Breaks LAYERS_MIRROR_MODULES: one adapter depending on another. */
    public static final class WebReachingIntoPersistence {
        public void handle(PersistenceFixtures.PersistenceThing thing) {
        }
    }

    /** Breaks PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE: SQL in a controller. */
    public static final class WebUsingJooq {
        public void handle(DSLContext sql) {
        }
    }

    /** Breaks HTTP_CLIENT_ONLY_IN_INTEGRATIONS: outbound HTTP from the web adapter. */
    public static final class WebUsingHttpClient {
        public void handle(HttpClient client) {
        }
    }

    /** Breaks NO_CYCLES_BETWEEN_WEB_CONTEXTS together with WebLoopFixture. */
    public static final class LoopStart {
        public WebLoopFixture next() {
            return null;
        }
    }

    /** Javalin plus an inbound port: passes every rule. */
    public static final class GoodThingController {
        private final PortInFixtures.RegisterThingUseCase useCase;

        public GoodThingController(PortInFixtures.RegisterThingUseCase useCase) {
            this.useCase = useCase;
        }

        public void register(Context ctx) {
            useCase.register(new PortInFixtures.RegisterThingCommand(ctx.pathParam("name")));
        }
    }
}
