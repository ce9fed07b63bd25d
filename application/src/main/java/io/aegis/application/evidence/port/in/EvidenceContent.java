package io.aegis.application.evidence.port.in;

import java.io.InputStream;

/**
 * A stored file on its way to a reader: checked against its hash before it was opened, and checked again as
 * {@code content} is read: a stream that ends with bytes other than those recorded throws an {@code IOException}
 * at its end (and flags the evidence), so a reader never gets a changed file as if it were whole. The caller closes
 * it.
 */
public record EvidenceContent(EvidenceView evidence, InputStream content) {
}
