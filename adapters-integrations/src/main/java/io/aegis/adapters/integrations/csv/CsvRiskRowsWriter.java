package io.aegis.adapters.integrations.csv;

import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRowsWriter;
import io.aegis.domain.risk.ScoreText;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the risk register as CSV ({@link CsvRecords}): one row per risk, the API's field names as header, ids next
 * to the names of the owner and the asset, scores as the matrix writes them ({@link ScoreText}).
 */
public final class CsvRiskRowsWriter implements RiskRowsWriter {

    static final List<String> COLUMNS = List.of("id", "title", "category", "status", "risk_level", "org_unit_id",
            "owner_id", "owner_name", "asset_id", "asset_name", "risk_matrix_id", "inherent_likelihood",
            "inherent_impact", "inherent_risk_score", "inherent_risk_level", "residual_likelihood", "residual_impact",
            "residual_risk_score", "residual_risk_level", "treatment_strategy", "treatment_rationale",
            "control_effectiveness", "description", "subcategory", "risk_type", "source", "source_reference",
            "business_process", "threat_source", "vulnerability", "existing_controls", "affected_systems", "tags",
            "custom_fields", "identified_date", "target_resolution_date", "actual_resolution_date", "last_review_date",
            "next_review_date", "is_active", "created_at", "updated_at", "created_by");

    @Override
    public void write(List<RiskView> risks, OutputStream out) {
        CsvRecords.write(out, COLUMNS, risks, CsvRiskRowsWriter::cells);
    }

    private static List<String> cells(RiskView v) {
        return CsvRecords.cells(v.id(), v.title(), v.category(), v.status(), v.riskLevel(), v.orgUnitId(), v.ownerId(),
                v.ownerName(), v.assetId(), v.assetName(), v.riskMatrixId(), v.inherentLikelihood(),
                v.inherentImpact(), score(v.inherentRiskScore()), v.inherentRiskLevel(), v.residualLikelihood(),
                v.residualImpact(), score(v.residualRiskScore()), v.residualRiskLevel(), v.treatmentStrategy(),
                v.treatmentRationale(), v.controlEffectiveness(), v.description(), v.subcategory(), v.riskType(),
                v.source(), v.sourceReference(), v.businessProcess(), v.threatSource(), v.vulnerability(),
                v.existingControls(), CsvRecords.json(v.affectedSystems()), CsvRecords.json(v.tags()),
                CsvRecords.json(v.customFields()), v.identifiedDate(), v.targetResolutionDate(),
                v.actualResolutionDate(), v.lastReviewDate(), v.nextReviewDate(), v.active(), v.createdAt(),
                v.updatedAt(), v.createdBy());
    }

    private static String score(Double score) {
        return score == null ? null : ScoreText.of(score);
    }
}
