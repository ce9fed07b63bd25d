package io.aegis.application.evidence.port.in;

import java.io.InputStream;
import java.util.function.Function;

/**
 * An upload as it arrives (a multipart body, say), read once: {@code reader} parses its fields and hands the file's
 * bytes to the receiver it is given as they come, so that a file of any size passes through a buffer, never the heap
 * whole. The receiver, the use case's, reads the stream to its end into the store and returns the file received. A
 * field or a file the upload lacks, or refuses to parse, is an exception thrown by {@code reader}; a file already
 * received is then discarded by the use case.
 */
public record EvidenceUpload(Function<Function<InputStream, ReceivedFile>, UploadedEvidence> reader) {

    /** Reads the upload, handing its one file to {@code receiver}. */
    public UploadedEvidence read(Function<InputStream, ReceivedFile> receiver) {
        return reader.apply(receiver);
    }
}
