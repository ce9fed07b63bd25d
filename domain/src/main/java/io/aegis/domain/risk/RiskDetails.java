package io.aegis.domain.risk;

import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.OptionalTexts;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a risk beyond its title and scores: where it comes from, what it threatens and the
 * controls already in place. Plain data with bounds (each line field to its column's length); no rule ties
 * these fields to each other or to the lifecycle. Texts are null when absent.
 */
public record RiskDetails(String description, String subcategory, String riskType, String source,
                          String sourceReference, String businessProcess, String threatSource, String vulnerability,
                          String existingControls, ControlEffectiveness controlEffectiveness, Labels affectedSystems,
                          Labels tags, CustomFields customFields) {

    private static final int SHORT = 100;
    private static final int LONG = 255;

    public RiskDetails {
        description = OptionalTexts.text("description", description);
        subcategory = OptionalTexts.line("subcategory", subcategory, SHORT);
        riskType = OptionalTexts.line("risk_type", riskType, SHORT);
        source = OptionalTexts.line("source", source, SHORT);
        sourceReference = OptionalTexts.line("source_reference", sourceReference, LONG);
        businessProcess = OptionalTexts.line("business_process", businessProcess, LONG);
        threatSource = OptionalTexts.line("threat_source", threatSource, LONG);
        vulnerability = OptionalTexts.text("vulnerability", vulnerability);
        existingControls = OptionalTexts.text("existing_controls", existingControls);
        affectedSystems = Objects.requireNonNullElse(affectedSystems, Labels.none());
        tags = Objects.requireNonNullElse(tags, Labels.none());
        customFields = Objects.requireNonNullElse(customFields, CustomFields.none());
    }

    public static RiskDetails none() {
        return new RiskDetails(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Optional<ControlEffectiveness> effectiveness() {
        return Optional.ofNullable(controlEffectiveness);
    }
}
