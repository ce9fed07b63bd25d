package io.aegis.adapters.persistence.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.adapters.persistence.archfixtureloop.PersistenceLoopFixture;
import io.aegis.adapters.persistence.jooq.archfixture.GeneratedFixtures;
import io.aegis.application.archfixture.port.in.PortInFixtures;
import io.aegis.application.archfixture.port.out.PortOutFixtures;
import io.javalin.http.Context;
import org.eclipse.jetty.server.Server;
import org.jooq.DSLContext;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class PersistenceFixtures {

    private PersistenceFixtures() {
    }

    /** A persistence class another adapter should never see. */
    public static final class PersistenceThing {
    }

    /** Breaks JAVALIN_ONLY_IN_WEB. */
    public static final class PersistenceUsingJavalin {
        public void handle(Context ctx) {
        }
    }

    /** Breaks JETTY_ONLY_IN_WEB. */
    public static final class PersistenceUsingJetty {
        public void handle(Server server) {
        }
    }

    /** Breaks PERSISTENCE_IMPLEMENTS_ONLY_OUTBOUND_PORTS: a use case served straight from the database. */
    public static final class UseCaseImplementingRepository implements PortInFixtures.RegisterThingUseCase {
        @Override
        public void register(PortInFixtures.RegisterThingCommand command) {
        }
    }

    /** An outbound port's adapter: passes every rule. */
    public static final class GoodThingRepository implements PortOutFixtures.ThingRepository {
        @Override
        public boolean exists(String name) {
            return false;
        }
    }

    /** Breaks NO_CYCLES_BETWEEN_PERSISTENCE_CONTEXTS together with PersistenceLoopFixture. */
    public static final class LoopStart {
        public PersistenceLoopFixture next() {
            return null;
        }
    }

    /** jOOQ, and Jackson for a JSON TEXT column (the lead's exception): passes every rule. */
    public static final class GoodJsonColumnRepository {
        private final DSLContext sql;
        private final ObjectMapper json;

        public GoodJsonColumnRepository(DSLContext sql, ObjectMapper json) {
            this.sql = sql;
            this.json = json;
        }

        public String describe() {
            return sql.dialect() + " " + json.getClass().getSimpleName();
        }
    }

    /**
     * Uses generated code that points back here (as a converter named in the codegen configuration would):
     * that loop runs through generated code only, so it must pass every rule.
     */
    public static final class GoodRowMapper {
        public GeneratedFixtures.GoodGeneratedTable table() {
            return null;
        }
    }
}
