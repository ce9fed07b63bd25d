package io.aegis.application.framework.port.in;

import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;

/** A mapping file whose rows name unknown controls or pairs twice: nothing was stored; a 422 listing them. */
public final class MappingImportRefusedException extends RuleViolationException {

    private final transient List<MappingImportReport.RowError> errors;

    public MappingImportRefusedException(List<MappingImportReport.RowError> errors) {
        super("mapping_import_refused", (errors.size() == 1 ? "1 row was" : errors.size() + " rows were")
                + " refused; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }
}
