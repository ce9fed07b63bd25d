package io.aegis.application.archfixture.port.in;

import io.aegis.application.archfixture.ApplicationFixtures;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes): the port.in
 * package of the fixture context "archfixture".
 */
public final class PortInFixtures {

    private PortInFixtures() {
    }

    /** A well-formed inbound port. */
    public interface RegisterThingUseCase {
        void register(RegisterThingCommand command);
    }

    /** A well-formed command record. */
    public record RegisterThingCommand(String name) {
    }

    /** Breaks PORT_IN_INTERFACES_ARE_USE_CASES: an interface in port.in that is no use case. */
    public interface ThingFinder {
        ApplicationFixtures.ApplicationInternal find(String name);
    }

    /** Breaks USE_CASE_IMPLEMENTATIONS_ARE_SERVICES: the implementation lives inside the port package. */
    public static final class PortDwellingService implements RegisterThingUseCase {
        @Override
        public void register(RegisterThingCommand command) {
        }
    }
}
