package io.aegis.application.health.port.in;

/**
 * @param databaseUp   whether the database answered a trivial query just now
 * @param auditChainUp whether the audit trail's chain is intact as far as the sealer knows: while it is not,
 *                     Aegis refuses every write
 */
public record HealthView(boolean databaseUp, boolean auditChainUp) {

    public boolean up() {
        return databaseUp && auditChainUp;
    }
}
