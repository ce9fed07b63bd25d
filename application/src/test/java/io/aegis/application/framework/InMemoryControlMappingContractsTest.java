package io.aegis.application.framework;

import io.aegis.application.testing.InMemoryControlMappings;
import io.aegis.application.testing.InMemoryFrameworks;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryControlMappingContractsTest {

    @Nested
    class Stores extends ControlMappingStoresContract {
        @Override
        protected ControlMappingStoresContract.Stores emptyStores() {
            InMemoryFrameworks frameworks = new InMemoryFrameworks();
            InMemoryControlMappings mappings = new InMemoryControlMappings(frameworks);
            return new ControlMappingStoresContract.Stores(frameworks, frameworks, mappings, mappings);
        }
    }
}
