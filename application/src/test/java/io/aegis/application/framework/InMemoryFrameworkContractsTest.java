package io.aegis.application.framework;

import io.aegis.application.testing.InMemoryFrameworks;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryFrameworkContractsTest {

    @Nested
    class Stores extends FrameworkStoresContract {
        @Override
        protected FrameworkStoresContract.Stores emptyStores() {
            InMemoryFrameworks store = new InMemoryFrameworks();
            return new FrameworkStoresContract.Stores(store, store, store, store, store);
        }
    }
}
