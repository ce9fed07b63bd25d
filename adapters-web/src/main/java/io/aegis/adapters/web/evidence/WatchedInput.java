package io.aegis.adapters.web.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream whose every read is shown to {@link #read(int)} first: how many bytes came, -1 at the end. */
abstract class WatchedInput extends FilterInputStream {

    WatchedInput(InputStream in) {
        super(in);
    }

    /** Sees one read's outcome; throws to refuse the stream. */
    abstract void read(int count);

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        read(n);
        return n;
    }
}
