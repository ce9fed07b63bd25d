package io.aegis.application.risk.port.in;

import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.ControlEffectiveness;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskRating;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import io.aegis.domain.risk.TreatmentStrategy;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import java.time.Instant;
import java.util.Optional;

/**
 * The fields a partial update sets; the others stay. Texts arrive raw and are bounded by the domain records
 * they end up in. The status is not here: it changes through transitions only. Clearing a required field
 * (title, category, the matrix) is refused by the domain as a missing value; clearing both inherent levels is allowed
 * only while the risk is identified ({@code scores_required} otherwise), one alone is refused.
 */
public record RiskChanges(Patch<RiskTitle> title, Patch<RiskCategory> category, Patch<String> description,
                          Patch<String> subcategory, Patch<String> riskType, Patch<String> source,
                          Patch<String> sourceReference, Patch<AssetId> asset, Patch<Labels> affectedSystems,
                          Patch<String> businessProcess, Patch<RiskMatrixId> matrix,
                          Patch<Integer> inherentLikelihood, Patch<Integer> inherentImpact,
                          Patch<Integer> residualLikelihood, Patch<Integer> residualImpact,
                          Patch<String> threatSource, Patch<String> vulnerability, Patch<String> existingControls,
                          Patch<ControlEffectiveness> controlEffectiveness, Patch<String> aiGeneratedStatement,
                          Patch<String> aiRiskAssessment, Patch<Integer> aiConfidenceScore,
                          Patch<Instant> aiLastUpdated, Patch<TreatmentStrategy> treatmentStrategy,
                          Patch<String> treatmentRationale, Patch<UserId> owner, Patch<Instant> targetResolutionDate,
                          Patch<Labels> tags, Patch<CustomFields> customFields) {

    /** A change of what the web interface's edit form shows; everything else kept. */
    public static RiskChanges ofSummary(Patch<RiskTitle> title, Patch<RiskCategory> category, Patch<String> description,
                                        Patch<TreatmentStrategy> strategy, Patch<String> rationale) {
        return new RiskChanges(title, category, description, Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), strategy, rationale, Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep());
    }

    /** A change of the risk's asset alone. */
    public static RiskChanges ofAsset(AssetId asset) {
        return new RiskChanges(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.set(asset), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep());
    }

    /** The facts of {@code current} with these changes applied. */
    public RiskFacts applyTo(RiskFacts current) {
        RiskDetails d = current.details();
        RiskDetails details = new RiskDetails(description.orElse(d.description()),
                subcategory.orElse(d.subcategory()), riskType.orElse(d.riskType()), source.orElse(d.source()),
                sourceReference.orElse(d.sourceReference()), businessProcess.orElse(d.businessProcess()),
                threatSource.orElse(d.threatSource()), vulnerability.orElse(d.vulnerability()),
                existingControls.orElse(d.existingControls()), controlEffectiveness.orElse(d.controlEffectiveness()),
                affectedSystems.orElse(d.affectedSystems()), tags.orElse(d.tags()),
                customFields.orElse(d.customFields()));
        RiskTreatment t = current.treatment();
        RiskTreatment treatment = new RiskTreatment(treatmentStrategy.orElse(t.strategy()),
                treatmentRationale.orElse(t.rationale()), targetResolutionDate.orElse(t.targetResolutionDate()));
        AiAssessment a = current.ai();
        AiAssessment ai = new AiAssessment(aiGeneratedStatement.orElse(a.generatedStatement()),
                aiRiskAssessment.orElse(a.riskAssessment()), aiConfidenceScore.orElse(a.confidenceScore()),
                aiLastUpdated.orElse(a.lastUpdated()));
        return new RiskFacts(required("title", title.orElse(current.title())),
                required("category", category.orElse(current.category())), details, treatment, ai,
                asset.orElse(current.asset()), owner.orElse(current.owner()));
    }

    /** The levels of {@code current} with these changes applied; both inherent levels cleared leave it unscored. */
    public RiskEstimate applyTo(Risk current) {
        Optional<RiskRating> inherent = current.inherent();
        Optional<RiskRating> residual = current.residual();
        return new RiskEstimate(
                inherentLikelihood.orElse(inherent.map(r -> r.likelihood().value()).orElse(null)),
                inherentImpact.orElse(inherent.map(r -> r.impact().value()).orElse(null)),
                residualLikelihood.orElse(residual.map(r -> r.likelihood().value()).orElse(null)),
                residualImpact.orElse(residual.map(r -> r.impact().value()).orElse(null)));
    }

    /** Whether the risk moves to another matrix. */
    public Optional<RiskMatrixId> newMatrix() {
        return matrix.present() ? Optional.of(required("risk_matrix_id", matrix.value())) : Optional.empty();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "may not be null");
        }
        return value;
    }
}
