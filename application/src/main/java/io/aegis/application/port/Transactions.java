package io.aegis.application.port;

import java.util.function.Supplier;

/**
 * Runs work atomically. Everything the work does through the out-ports (the change and its audit entry)
 * commits together or not at all; an exception rolls back and propagates unchanged.
 *
 * <p>The outermost call runs the work again whole, a bounded number of times after a random pause, when it
 * failed on a conflict with concurrent transactions: a {@link ConcurrentChangeException}, or the database's
 * deadlock, lock wait timeout or busy file. Work may therefore run more than once: it must have no effect
 * outside the transaction, and must load what it changes inside it. A call made inside another transaction
 * joins it and leaves the retry to the outermost one.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
