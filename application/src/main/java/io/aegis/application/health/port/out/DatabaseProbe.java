package io.aegis.application.health.port.out;

/** Answers whether the database is reachable; must never throw and must return within a few seconds. */
public interface DatabaseProbe {

    boolean isReachable();
}
