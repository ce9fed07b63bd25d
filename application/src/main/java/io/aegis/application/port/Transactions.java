package io.aegis.application.port;

import java.util.function.Supplier;

/**
 * Runs work atomically. Everything the work does through the out-ports (the change and its audit entry)
 * commits together or not at all; an exception rolls back and propagates unchanged.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
