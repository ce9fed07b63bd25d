package io.aegis.application.asset.port.in;

import io.aegis.domain.shared.AegisException;
import java.util.List;

/**
 * The import file as a whole cannot be read: not the format, an unusable header, too many rows. Nothing was
 * checked or stored; rows that are merely invalid are reported row by row instead ({@link AssetImportReport}).
 */
public final class UnreadableImportException extends AegisException {

    private final transient List<ImportProblem> problems;

    /** @param message what is wrong with the file, in words for its author */
    public UnreadableImportException(String message) {
        this(message, List.of());
    }

    /** @param problems the columns at fault, when the header is */
    public UnreadableImportException(String message, List<ImportProblem> problems) {
        super("unreadable_import", message);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
