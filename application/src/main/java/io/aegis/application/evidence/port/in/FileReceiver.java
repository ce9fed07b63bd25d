package io.aegis.application.evidence.port.in;

import java.io.InputStream;

/** Takes an upload's file as it arrives: the upload use case hands one to {@link EvidenceUpload#read}. */
@FunctionalInterface
public interface FileReceiver {

    /** Reads {@code content} to its end into the store, hashing it; nothing is left behind when it fails. */
    ReceivedFile receive(InputStream content);
}
