package io.aegis.application.framework.port.in;

import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;

/** A mapping file whose rows name unknown controls or pairs twice: nothing was stored; a 422 listing them. */
public final class MappingImportRefusedException extends RuleViolationException {

    private final transient List<MappingImportReport.RefusedRow> refused;

    public MappingImportRefusedException(List<MappingImportReport.RefusedRow> refused) {
        super("mapping_import_refused", (refused.size() == 1 ? "1 row was" : refused.size() + " rows were")
                + " refused; nothing was stored");
        this.refused = List.copyOf(refused);
    }

    public List<MappingImportReport.RefusedRow> refusedRows() {
        return refused;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("refused_rows", refused);
    }
}
