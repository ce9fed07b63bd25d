package io.aegis.application.archfixture.port.out;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes): the port.out
 * package of the fixture context "archfixture", its own to reshape.
 */
public final class PortOutFixtures {

    private PortOutFixtures() {
    }

    /** A well-formed outbound port. */
    public interface ThingRepository {
        boolean exists(String name);
    }
}
