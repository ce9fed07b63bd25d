package io.aegis.application.archfixture;

import io.aegis.adapters.web.archfixture.WebFixtures;
import io.aegis.application.archfixture.port.in.PortInFixtures;
import io.aegis.application.archfixtureloop.ApplicationLoopFixture;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** A non-port application class: adapters reaching it break ADAPTERS_SEE_ONLY_APPLICATION_PORTS. */
    public static final class ApplicationInternal {
    }

    /** Breaks USE_CASES_LIVE_IN_PORT_IN: an inbound port outside port.in. */
    public interface StrayUseCase {
        void run();
    }

    /** Breaks USE_CASE_IMPLEMENTATIONS_ARE_SERVICES: the implementation is not called *Service. */
    public static final class RegisterThingHandler implements PortInFixtures.RegisterThingUseCase {
        @Override
        public void register(PortInFixtures.RegisterThingCommand command) {
        }
    }

    /** Breaks SERVICES_ARE_FINAL; adapters reaching it break ADAPTERS_SEE_ONLY_APPLICATION_PORTS. */
    public static class OpenThingService implements PortInFixtures.RegisterThingUseCase {
        @Override
        public void register(PortInFixtures.RegisterThingCommand command) {
        }
    }

    /** Breaks PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE: the application assumes a database. */
    public static final class ApplicationUsingJdbc {
        public void use(Connection connection) {
        }
    }

    /** Breaks LAYERS_MIRROR_MODULES: the application points at an adapter. */
    public static final class ApplicationReachingIntoWeb {
        public void use(WebFixtures.WebThing thing) {
        }
    }

    /** Breaks APPLICATION_DEPENDS_ONLY_ON_JDK_AND_DOMAIN (and JACKSON_ONLY_IN_ADAPTERS): a library type. */
    public static final class ApplicationUsingLibrary {
        public void use(ObjectMapper json) {
        }
    }

    /** Breaks NO_SYSTEM_CLOCK_IN_DOMAIN_OR_APPLICATION through System.nanoTime(). */
    public static final class TimingAuditor {
        long started() {
            return System.nanoTime();
        }
    }

    /** Breaks NO_CYCLES_BETWEEN_APPLICATION_CONTEXTS together with ApplicationLoopFixture. */
    public static final class LoopStart {
        public ApplicationLoopFixture next() {
            return null;
        }
    }

    /** A final service next to its port, implementing a use case: passes every rule. */
    public static final class GoodThingService implements PortInFixtures.RegisterThingUseCase {
        @Override
        public void register(PortInFixtures.RegisterThingCommand command) {
        }
    }
}
