package io.aegis.adapters.persistence;

import io.aegis.application.health.port.out.DatabaseProbe;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class JooqDatabaseProbe implements DatabaseProbe {

    private static final Logger LOG = LoggerFactory.getLogger(JooqDatabaseProbe.class);
    private static final int TIMEOUT_SECONDS = 3;

    private final DSLContext dsl;

    public JooqDatabaseProbe(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isReachable() {
        try {
            return dsl.selectOne().queryTimeout(TIMEOUT_SECONDS).fetchOne() != null;
        } catch (RuntimeException e) {
            LOG.warn("database health check failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
