package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.application.risk.port.in.RiskView;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The edit form of a risk (risk/edit.jte). It carries the version it was made from, so that a change someone else
 * saved meanwhile is never overwritten unseen; {@code theirs} is that change, when it happened.
 */
public record EditRiskPage(Chrome chrome, long riskId, Form form, List<Option> categories, List<Option> strategies,
                           Optional<RiskView> theirs, FormErrors errors) {

    /** @param version the risk's version (epoch milliseconds of its last change) the form was made from */
    public record Form(String title, String category, String description, String strategy, String rationale,
                       String version) {

        static Form of(RiskView risk) {
            return new Form(risk.title(), risk.category(), text(risk.description()), text(risk.treatmentStrategy()),
                    text(risk.treatmentRationale()), FormVersions.of(risk.updatedAt()));
        }

        static Form of(Context ctx) {
            return new Form(Forms.text(ctx, "title"), Forms.text(ctx, "category"), Forms.text(ctx, "description"),
                    Forms.text(ctx, "treatment_strategy"), Forms.text(ctx, "treatment_rationale"),
                    Forms.text(ctx, "version"));
        }

        /** What was typed, to be sent again against {@code current}'s version. */
        Form atVersionOf(RiskView current) {
            return new Form(title, category, description, strategy, rationale, FormVersions.of(current.updatedAt()));
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }
}
