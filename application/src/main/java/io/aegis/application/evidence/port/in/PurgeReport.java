package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.EvidenceId;
import java.util.List;

/**
 * What a purge removed: evidence past its retention date that nothing linked to any more, and files of the store
 * that no evidence names (theirs, and those an interrupted upload left), each audited.
 *
 * @param files paths relative to the store
 */
public record PurgeReport(List<EvidenceId> evidence, List<String> files) {
}
