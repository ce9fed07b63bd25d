package io.aegis.bootstrap.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.adapters.integrations.archfixture.IntegrationsFixtures;
import io.aegis.adapters.persistence.archfixture.PersistenceFixtures;
import io.aegis.adapters.web.archfixture.WebFixtures;
import io.aegis.application.archfixture.ApplicationFixtures;
import javax.sql.DataSource;

/**
 * Fixtures of AegisRulesCanFailTest (never seen by ArchitectureTest, which skips test classes). Each nested
 * class breaks the rules named in its comment; the Good* classes must pass every rule.
 */
public final class BootstrapFixtures {

    private BootstrapFixtures() {
    }

    /** Breaks JACKSON_ONLY_IN_ADAPTERS: JSON configured in the composition root. */
    public static final class BootstrapUsingJackson {
        public void configure(ObjectMapper mapper) {
        }
    }

    /** Breaks PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE: bootstrap building the DataSource itself. */
    public static final class BootstrapUsingDataSource {
        public void wire(DataSource dataSource) {
        }
    }

    /** The composition root may see every layer, services included: passes every rule. */
    public static final class GoodWiring {
        public WebFixtures.GoodThingController wire(PersistenceFixtures.GoodJsonColumnRepository repository,
                IntegrationsFixtures.GoodFeedClient feed) {
            return new WebFixtures.GoodThingController(new ApplicationFixtures.GoodThingService());
        }
    }
}
