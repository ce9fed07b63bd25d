package io.aegis.adapters.web.asset;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Map;

/** An all-or-nothing import that stored nothing: a 422 whose problem carries the import's report. */
final class ImportRefusedException extends RuleViolationException {

    private final transient Map<String, Object> report;

    ImportRefusedException(int refused, Map<String, Object> report) {
        super("import_refused", (refused == 1 ? "1 row was" : refused + " rows were")
                + " refused; with all_or_nothing nothing was stored");
        this.report = report;
    }

    @Override
    public Map<String, Object> details() {
        return report;
    }
}
