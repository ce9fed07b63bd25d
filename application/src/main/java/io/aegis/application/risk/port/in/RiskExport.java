package io.aegis.application.risk.port.in;

import io.aegis.application.risk.port.out.RiskRowsWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * An export read and closed: the risks are in memory, the transaction is over, only the writing is left.
 *
 * @param risks  every match, in the query's order
 * @param format the file format they are written in (CSV)
 */
public record RiskExport(List<RiskView> risks, RiskRowsWriter format) {

    public RiskExport {
        risks = List.copyOf(risks);
    }

    /** Writes the file to {@code out} and flushes it; closing {@code out} is the caller's. */
    public void writeTo(OutputStream out) {
        format.write(risks, out);
    }
}
