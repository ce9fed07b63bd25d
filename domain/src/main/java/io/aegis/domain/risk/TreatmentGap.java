package io.aegis.domain.risk;

import io.aegis.domain.assessment.ImplementationStatus;
import java.util.Collection;
import java.util.Optional;

/**
 * The treatment gap: a residual rating that the assessments do not support. A risk has one when it carries a
 * residual rating and at least one control it <em>claims</em> (relies on for that rating) was last assessed as
 * {@link #UNSUPPORTED_BY not implemented}.
 * <p>
 * Deliberately not a gap: a partially implemented claimed control (the rating may rest on the part in place; the
 * status is shown next to the control), a planned control whatever its status (nothing relies on it yet), and a
 * claimed control never assessed (no finding contradicts the claim). The register's filter
 * ({@code treatment_gap}) is the same rule in SQL, built from the constants here and held to
 * {@link #holds} by the read model's contract.
 */
public final class TreatmentGap {

    /** The only finding that contradicts a claim. */
    public static final ImplementationStatus UNSUPPORTED_BY = ImplementationStatus.NOT_IMPLEMENTED;
    /** The link whose control the residual rating relies on. */
    public static final TreatmentState RELIED_ON = TreatmentState.CLAIMED;

    private TreatmentGap() {
    }

    /** A control treating a risk with {@code state}, last assessed as {@code latest} (empty: never assessed). */
    public record Evidence(TreatmentState state, Optional<ImplementationStatus> latest) {

        /** Whether this control's latest assessment contradicts a residual rating relying on it. */
        public boolean undermines() {
            return state == RELIED_ON && latest.filter(UNSUPPORTED_BY::equals).isPresent();
        }
    }

    /** @param residualRated whether the risk carries a residual rating at all */
    public static boolean holds(boolean residualRated, Collection<Evidence> controls) {
        return residualRated && controls.stream().anyMatch(Evidence::undermines);
    }
}
