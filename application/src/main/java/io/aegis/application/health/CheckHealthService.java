package io.aegis.application.health;

import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import io.aegis.application.health.port.out.DatabaseProbe;

public final class CheckHealthService implements CheckHealthUseCase {

    private final DatabaseProbe database;

    public CheckHealthService(DatabaseProbe database) {
        this.database = database;
    }

    @Override
    public HealthView check() {
        return new HealthView(database.isReachable());
    }
}
