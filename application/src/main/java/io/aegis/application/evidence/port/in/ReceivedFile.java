package io.aegis.application.evidence.port.in;

/**
 * A file the evidence store has received but not yet kept: its content sits under a temporary name in the store,
 * hashed as it arrived. Kept (moved to where its hash says) once its evidence is recorded, else discarded.
 *
 * @param handle the store's name for the temporary file
 * @param sha256 the content's SHA-256, lower-case hex
 * @param size   how many bytes it holds
 * @param head   its first bytes (at most {@link io.aegis.domain.evidence.FileTypes#HEAD_BYTES}), to tell its type
 */
public record ReceivedFile(String handle, String sha256, long size, byte[] head) {
}
