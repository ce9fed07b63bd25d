package io.aegis.application.risk;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.ControlEffectiveness;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import io.aegis.domain.risk.TreatmentStrategy;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class RiskMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");
    /** The seeded default matrix, as the databases and the in-memory matrices hold it. */
    public static final RiskMatrix STANDARD = RiskMatrix.standard5x5(T0).identifiedAs(new RiskMatrixId(1));
    public static final RiskReviewPolicy POLICY = RiskReviewPolicy.defaults();

    private RiskMother() {
    }

    public static RiskFacts facts(String title, RiskCategory category) {
        return new RiskFacts(new RiskTitle(title), category, RiskDetails.none(), RiskTreatment.none(),
                AiAssessment.none(), Optional.empty(), Optional.empty());
    }

    /** Every property set, the asset excepted (stores need a row for it). */
    public static RiskFacts fullFacts(String title, UserId owner) {
        RiskDetails details = new RiskDetails("Encrypts the shares", "Malware", "Cyber", "Threat model",
                "TM-7", "Finance close", "Organised crime", "SMB exposed", "Backups", ControlEffectiveness.PARTIAL,
                Labels.of("affected_systems", List.of("files", "backup")), Labels.of("tags", List.of("ransomware")),
                CustomFields.of("custom_fields", Map.of("ticket", "SEC-1", "cost", 12000, "insured", true,
                        "ratio", 0.5)));
        return new RiskFacts(new RiskTitle(title), RiskCategory.TECHNICAL, details,
                new RiskTreatment(TreatmentStrategy.MITIGATE, "Patch and segment", T0.plusSeconds(86_400)),
                new AiAssessment("Likely", "High exposure", 80, T0.minusSeconds(60)), Optional.empty(),
                Optional.of(owner));
    }

    /** A risk of the root unit; {@link Risk#placedIn} puts it in another. */
    public static Risk aRisk(RiskFacts facts, RiskEstimate estimate, Instant identified, Optional<UserId> creator) {
        return Risk.identify(facts, OrgUnitId.ROOT, STANDARD, estimate, Optional.of(identified), creator, POLICY,
                identified);
    }

    public static Risk aRisk(String title, int likelihood, int impact, Instant identified) {
        return aRisk(facts(title, RiskCategory.OPERATIONAL), RiskEstimate.inherent(likelihood, impact), identified,
                Optional.empty());
    }
}
