package io.aegis.adapters.persistence;

import io.aegis.application.port.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on jOOQ's thread-local transaction provider: every repository using the same
 * {@link DSLContext} joins the transaction of the calling thread. Nested calls join the outer one.
 */
public final class JooqTransactions implements Transactions {

    private final DSLContext dsl;

    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}
