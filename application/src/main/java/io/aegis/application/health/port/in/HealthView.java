package io.aegis.application.health.port.in;

/** @param databaseUp whether the database answered a trivial query just now */
public record HealthView(boolean databaseUp) {

    public boolean up() {
        return databaseUp;
    }
}
