package io.aegis.adapters.web.health;

/**
 * {@code {"status": "UP", "database": "UP", "audit_chain": "UP", "version": "1.2.0"}}; each part is UP or DOWN,
 * and the status is UP only when all are.
 */
public record HealthResponse(String status, String database, String auditChain, String version) {
}
