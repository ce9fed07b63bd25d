package io.aegis.application.risk.port.out;

import io.aegis.application.risk.port.in.RiskView;
import java.io.OutputStream;
import java.util.List;

/** A file format of exported risks (CSV today). */
public interface RiskRowsWriter {

    /** Writes every risk to {@code out} and flushes it; closing {@code out} is the caller's. */
    void write(List<RiskView> risks, OutputStream out);
}
