package io.aegis.application.testing;

import io.aegis.application.port.Transactions;
import java.util.function.Supplier;

/** Runs the work in place and counts the transactions, for use-case tests over in-memory ports. */
public final class DirectTransactions implements Transactions {

    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        return work.get();
    }

    public int started() {
        return started;
    }
}
