package io.aegis.adapters.persistence;

/**
 * The database holds migrations this code does not carry: a newer release migrated it. Running on it could write
 * what the newer schema forbids or misread what it means, so a node refuses to start (docs/OPERATIONS.md,
 * "Starting and upgrading nodes").
 */
public final class SchemaNewerThanCodeException extends RuntimeException {

    SchemaNewerThanCodeException(String databaseVersion, String codeVersion) {
        super("the database schema is at version " + databaseVersion + ", newer than this Aegis, whose migrations"
                + " end at version " + codeVersion + ": run a release that carries version " + databaseVersion
                + " or later (docs/OPERATIONS.md, \"Starting and upgrading nodes\")");
    }
}
