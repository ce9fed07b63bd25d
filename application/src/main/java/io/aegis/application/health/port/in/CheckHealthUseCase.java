package io.aegis.application.health.port.in;

/** Is Aegis able to serve? Public: load balancers and orchestrators call it without credentials. */
public interface CheckHealthUseCase {

    HealthView check();
}
