package io.aegis.adapters.persistence;

import io.aegis.application.port.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on jOOQ's thread-local transaction provider: every repository using the same
 * {@link DSLContext} joins the transaction of the calling thread. Nested calls join the outer one, with no
 * savepoint (see {@link JooqAdapters}): every error reaches the outermost call, which rolls the whole back. Only the
 * outermost runs the work again on a retryable conflict ({@link TransactionRetry}), since a conflict aborts the
 * whole transaction, not just the nested part.
 */
public final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final TransactionRetry retry;
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);

    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
        this.retry = TransactionRetry.DEFAULT;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (running.get()) {
            return dsl.transactionResult(work::get);
        }
        running.set(true);
        try {
            return retry.run(() -> dsl.transactionResult(work::get));
        } catch (RuntimeException failure) {
            throw ConnectionFailureTranslator.translate(failure);
        } finally {
            running.remove();
        }
    }
}
