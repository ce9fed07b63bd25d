package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pager;
import io.aegis.adapters.web.page.Words;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The register's list page (risk/register.jte): the filters as the URL has them, one page of risks, where it sits in
 * the whole, and links to the pages around it and to the export of the same view.
 */
public record RegisterPage(Chrome chrome, Filters filters, List<Row> rows, Pager pager, String exportLink,
                           boolean filtered) {

    public record Filters(String q, List<Option> statuses, List<Option> levels, List<Option> categories,
                          List<Option> sorts, List<Option> treatmentGap) {
    }

    /**
     * @param level        the level's key (for its colour) and {@code levelLabel} its words; both empty while unscored
     * @param treatmentGap the residual rating relies on a control last assessed as not implemented
     */
    public record Row(long id, String title, String status, String level, String levelLabel, String inherentScore,
                      String residualScore, String owner, String asset, String nextReview, boolean treatmentGap) {

        static Row of(RiskView risk) {
            String level = risk.riskLevel() == null ? "" : risk.riskLevel();
            return new Row(risk.id(), risk.title(), Words.label(risk.status()), level,
                    level.isEmpty() ? "Not rated" : Words.label(level), Scores.format(risk.inherentRiskScore()),
                    Scores.format(risk.residualRiskScore()), risk.ownerName() == null ? "" : risk.ownerName(),
                    risk.assetName() == null ? "" : risk.assetName(), Words.day(risk.nextReviewDate()),
                    Boolean.TRUE.equals(risk.treatmentGap()));
        }
    }

    /** The treatment gap filter's choices: the API's values, in words. */
    private static List<Option> treatmentGapChoices(String current) {
        return List.of(new Option("true", "Treatment gap", current.equals("true")),
                new Option("false", "No treatment gap", current.equals("false")));
    }

    static RegisterPage of(Context ctx, Chrome chrome, ListParams<RiskSortField> params, Page<RiskView> page) {
        Filters filters = new Filters(params.text("q").orElse(""),
                RiskOptions.statuses(params.text("status").orElse("")),
                RiskOptions.levels(params.text("risk_level").orElse("")),
                RiskOptions.categories(params.text("category").orElse("")),
                RiskOptions.sorts(params.text("sort").orElse("")),
                treatmentGapChoices(params.text("treatment_gap").orElse("")));
        return new RegisterPage(chrome, filters, page.items().stream().map(Row::of).toList(), Pager.of(ctx, page),
                PageLinks.elsewhere(ctx, RiskLinks.REGISTER + "/export.csv", Set.of("limit", "offset")),
                !ctx.queryParamMap().isEmpty());
    }
}
