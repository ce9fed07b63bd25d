package io.aegis.application.archfixtureneighbour;

import io.aegis.application.archfixture.port.in.PortInFixtures;
import io.aegis.application.archfixture.port.out.PortOutFixtures;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes): a second
 * application context next to "archfixture".
 */
public final class NeighbourFixtures {

    private NeighbourFixtures() {
    }

    /** Breaks APPLICATION_CONTEXTS_MEET_THROUGH_PORT_IN: reads another context's outbound port. */
    public static final class ForeignPortOutReader {
        public boolean known(PortOutFixtures.ThingRepository things) {
            return things.exists("x");
        }
    }

    /** Drives the other context through its inbound port: passes every rule. */
    public static final class GoodNeighbourService {
        public void register(PortInFixtures.RegisterThingUseCase things) {
            things.register(new PortInFixtures.RegisterThingCommand("x"));
        }
    }
}
