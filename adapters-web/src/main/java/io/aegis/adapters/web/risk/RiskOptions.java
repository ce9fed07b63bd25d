package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.TreatmentStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The choices of the register's filters and forms, in words, with the one in use marked. */
final class RiskOptions {

    /** How the register can be ordered from its filter form: the API's sort values. */
    private static final Map<String, String> SORTS = sorts();

    private RiskOptions() {
    }

    static List<Option> categories(String current) {
        return Option.ofKeys(RiskCategory.values(), RiskCategory::key, current);
    }

    /** All the open statuses together (the dashboard's links use those), then each status. */
    static List<Option> statuses(String current) {
        List<Option> all = new ArrayList<>(List.of(new Option(RiskLinks.OPEN_STATUSES, "Open (not closed)",
                RiskLinks.OPEN_STATUSES.equals(current))));
        all.addAll(Option.ofKeys(RiskStatus.values(), RiskStatus::key, current));
        return all;
    }

    static List<Option> levels(String current) {
        return Option.ofKeys(RiskLevel.values(), RiskLevel::key, current);
    }

    static List<Option> strategies(String current) {
        return Option.ofKeys(TreatmentStrategy.values(), TreatmentStrategy::key, current);
    }

    static List<Option> sorts(String current) {
        return Option.of(SORTS, current);
    }

    private static Map<String, String> sorts() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("-" + RiskSortField.CREATED_AT.key(), "Newest first");
        all.put("-" + RiskSortField.RISK_LEVEL.key(), "Most severe first");
        all.put("-" + RiskSortField.INHERENT_RISK_SCORE.key(), "Highest inherent score first");
        all.put("-" + RiskSortField.RESIDUAL_RISK_SCORE.key(), "Highest residual score first");
        all.put(RiskSortField.NEXT_REVIEW_DATE.key(), "Review due soonest");
        all.put(RiskSortField.TITLE.key(), "Title, A to Z");
        return all;
    }
}
