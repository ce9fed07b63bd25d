package io.aegis.application.evidence.port.in;

/**
 * An upload as it arrives (a multipart body, say), read once: the caller parses its fields and hands the file's
 * bytes to the receiver as they come, so that a file of any size passes through a buffer, never the heap whole. A
 * field or a file the upload lacks, or refuses to parse, is an exception thrown from {@link #read}; a file already
 * received is then discarded by the use case, which wraps the receiver to know of it.
 */
@FunctionalInterface
public interface EvidenceUpload {

    /** @param receiver takes the file's content; called once, for the one file of the upload */
    UploadedEvidence read(FileReceiver receiver);
}
