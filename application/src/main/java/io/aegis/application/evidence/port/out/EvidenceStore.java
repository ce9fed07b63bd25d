package io.aegis.application.evidence.port.out;

import io.aegis.application.evidence.port.in.ReceivedFile;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where evidence files are kept, by content: a file's place is derived from its SHA-256
 * ({@link io.aegis.domain.evidence.StoredFile#path}), so identical content is kept once. A file arrives under a
 * temporary name in the store ({@link #receive}), is moved into its place in one step ({@link #keep}) once its
 * evidence is about to be recorded, and is never changed after.
 */
public interface EvidenceStore {

    /**
     * Reads {@code content} to its end into a temporary file of the store, hashing it as it goes. On any failure
     * (the stream's, a full disk) the temporary file is removed before the exception leaves.
     */
    ReceivedFile receive(InputStream content);

    /**
     * Moves a received file to its place, atomically; when content of the same hash is there already, the received
     * copy is dropped. Either way the kept file counts as new for {@link #unclaimedSince}, so that a purge running
     * meanwhile leaves it to the evidence about to name it. May be called again for the same file.
     *
     * @return the path of the file, relative to the store
     */
    String keep(ReceivedFile file);

    /** Removes a received file that will not be kept; nothing when it is gone already. */
    void discard(ReceivedFile file);

    /** Opens a kept file. @throws java.io.UncheckedIOException when it cannot be read (removed, say) */
    InputStream open(String path);

    /**
     * Files of the store untouched since {@code cutoff}: kept files (by path) and temporary ones an interrupted
     * upload left. The purge removes those no evidence names.
     */
    List<String> unclaimedSince(Instant cutoff);

    /** Removes a file if it is still untouched since {@code cutoff}; false when it was claimed again meanwhile. */
    boolean remove(String path, Instant cutoff);
}
