package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;

/**
 * Removes evidence past its retention date that no control or task links to any more, then the files of the store
 * no evidence names and no upload can still be claiming (older than a grace period), and audits each removal.
 */
public interface PurgeEvidenceUseCase {

    PurgeReport purge(Actor actor);
}
