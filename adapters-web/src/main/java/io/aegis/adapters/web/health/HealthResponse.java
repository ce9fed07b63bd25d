package io.aegis.adapters.web.health;

/** {@code {"status": "UP", "database": "UP", "version": "1.2.0"}}; status and database are UP or DOWN. */
public record HealthResponse(String status, String database, String version) {
}
