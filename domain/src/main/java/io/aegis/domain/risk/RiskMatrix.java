package io.aegis.domain.risk;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an organisation turns a likelihood and an impact into a score and a level. Any size from 3x3 to 6x6,
 * square or not; {@link MatrixScoring} holds the rules that make the parts consistent. One matrix is the
 * default that new risks are scored on.
 * <p>
 * A matrix belongs to a unit and is shared downwards: it rates the risks of its unit and of every unit below it.
 * The default rates risks everywhere, so it belongs to the root.
 */
public final class RiskMatrix implements Versioned {

    private static final String STANDARD_NAME = "Standard 5x5";

    private final RiskMatrixId id;
    private final RiskMatrixName name;
    private final Description description;
    private final MatrixScoring scoring;
    private final OrgUnitId unit;
    private final boolean isDefault;
    private final boolean active;
    private final Revision revision;

    private RiskMatrix(RiskMatrixId id, RiskMatrixName name, Description description, MatrixScoring scoring,
                       OrgUnitId unit, boolean isDefault, boolean active, Revision revision) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.isDefault = isDefault;
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /**
     * A new, active matrix of {@code unit}; it has no id until it is stored.
     *
     * @throws RuleViolationException {@code default_matrix_not_root} for a default of a unit other than the root
     */
    public static RiskMatrix define(RiskMatrixName name, Optional<Description> description, MatrixScoring scoring,
                                    OrgUnitId unit, boolean isDefault, Instant now) {
        requireDefaultAtRoot(unit, isDefault);
        return new RiskMatrix(null, name, description.orElse(null), scoring, unit, isDefault, true,
                Revision.first(now));
    }

    /** Rehydrates a stored matrix. A row never updated has no update time: its creation time stands in. */
    public static RiskMatrix restore(RiskMatrixId id, RiskMatrixName name, Description description,
                                     MatrixScoring scoring, OrgUnitId unit, boolean isDefault, boolean active,
                                     Instant createdAt, Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new RiskMatrix(id, name, description, scoring, unit, isDefault, active,
                Revision.stored(createdAt, updatedAt));
    }

    /**
     * The "Standard 5x5" matrix the reference data seeds (score = likelihood x impact), as a new default
     * matrix: installations without the seed, and tests, start from the same matrix as everyone else.
     */
    public static RiskMatrix standard5x5(Instant now) {
        List<MatrixLevel> likelihoods = List.of(
                new MatrixLevel(1, "Rare", "May occur only in exceptional circumstances"),
                new MatrixLevel(2, "Unlikely", "Could occur at some time but is not expected"),
                new MatrixLevel(3, "Possible", "Might occur at some time"),
                new MatrixLevel(4, "Likely", "Will probably occur in most circumstances"),
                new MatrixLevel(5, "Almost certain", "Is expected to occur in most circumstances"));
        List<MatrixLevel> impacts = List.of(
                new MatrixLevel(1, "Negligible", "No noticeable effect on operations, data or reputation"),
                new MatrixLevel(2, "Minor", "Limited effect, recovered quickly with existing resources"),
                new MatrixLevel(3, "Moderate", "Noticeable disruption or data exposure, recovered with effort"),
                new MatrixLevel(4, "Major", "Serious disruption, significant data loss or regulatory exposure"),
                new MatrixLevel(5, "Severe", "Critical, lasting damage to the organisation"));
        List<List<Double>> scores = new ArrayList<>();
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            List<Double> row = new ArrayList<>();
            for (int impact = 1; impact <= 5; impact++) {
                row.add((double) likelihood * impact);
            }
            scores.add(row);
        }
        List<RiskBand> bands = List.of(
                new RiskBand(RiskLevel.LOW, 1, 4, new HexColor("#2E7D32")),
                new RiskBand(RiskLevel.MEDIUM, 5, 9, new HexColor("#F9A825")),
                new RiskBand(RiskLevel.HIGH, 10, 16, new HexColor("#EF6C00")),
                new RiskBand(RiskLevel.CRITICAL, 17, 25, new HexColor("#C62828")));
        return define(new RiskMatrixName(STANDARD_NAME),
                Optional.of(new Description("Standard 5x5 risk assessment matrix: score = likelihood x impact")),
                new MatrixScoring(likelihoods, impacts, scores, bands), OrgUnitId.ROOT, true, now);
    }

    /** The same matrix as stored under {@code assignedId}. */
    public RiskMatrix identifiedAs(RiskMatrixId assignedId) {
        return new RiskMatrix(Objects.requireNonNull(assignedId), name, description, scoring, unit, isDefault, active,
                revision);
    }

    /**
     * Replaces the editable properties (an absent description clears it), under the matrix's two rules:
     * <ul>
     *   <li>a matrix that scores risks keeps its scoring, or their stored scores would stop matching it
     *       ({@code matrix_in_use}: define a new matrix instead);</li>
     *   <li>the default stays the default, and active, until another matrix takes over
     *       ({@code default_matrix_required}); an inactive matrix cannot become the default
     *       ({@code matrix_inactive}); only a matrix of the root may be the default
     *       ({@code default_matrix_not_root}).</li>
     * </ul>
     *
     * @param scoresRisks whether any risk, active or not, is scored on this matrix
     * @throws RuleViolationException when a rule refuses the change
     */
    public RiskMatrix revise(RiskMatrixName newName, Optional<Description> newDescription, MatrixScoring newScoring,
                             boolean newDefault, boolean newActive, boolean scoresRisks, Instant now) {
        if (scoresRisks && !newScoring.equals(scoring)) {
            throw new RuleViolationException("matrix_in_use", "risks are scored on this matrix, so its levels,"
                    + " scores and bands can no longer change; create a new matrix with the changes instead");
        }
        if (isDefault && !(newDefault && newActive)) {
            throw new RuleViolationException("default_matrix_required", "this is the default matrix: it can be"
                    + " neither deactivated nor stop being the default; designate another default matrix first");
        }
        if (newDefault && !newActive) {
            throw new RuleViolationException("matrix_inactive",
                    "an inactive matrix cannot become the default; activate it (is_active: true) as well");
        }
        requireDefaultAtRoot(unit, newDefault);
        return new RiskMatrix(id, newName, newDescription.orElse(null), newScoring, unit, newDefault, newActive,
                revision.next(now));
    }

    private static void requireDefaultAtRoot(OrgUnitId unit, boolean isDefault) {
        if (isDefault && !unit.equals(OrgUnitId.ROOT)) {
            throw new RuleViolationException("default_matrix_not_root", "the default matrix rates risks in every"
                    + " unit, so it must belong to the root unit; unit " + unit + " may only have other matrices");
        }
    }

    /** Soft delete. @throws RuleViolationException ({@code default_matrix_required}) for the default matrix */
    public RiskMatrix deactivate(Instant now) {
        return revise(name, description(), scoring, isDefault, false, false, now);
    }

    /** No longer the default, because {@code successor} has become it. */
    public RiskMatrix handDefaultTo(RiskMatrix successor, Instant now) {
        if (!successor.isDefault || !successor.active || successor.id == null || successor.id.equals(id)) {
            throw new IllegalArgumentException("only another stored, active default matrix takes over");
        }
        return new RiskMatrix(id, name, description, scoring, unit, false, active, revision.next(now));
    }

    public boolean isRenamedFrom(RiskMatrix before) {
        return !name.value().equalsIgnoreCase(before.name.value());
    }

    /** @throws io.aegis.domain.shared.InvalidValueException when {@code value} is not a likelihood level here */
    public Likelihood likelihood(int value) {
        return scoring.likelihood(value);
    }

    /** @throws io.aegis.domain.shared.InvalidValueException when {@code value} is not an impact level here */
    public Impact impact(int value) {
        return scoring.impact(value);
    }

    /** @throws io.aegis.domain.shared.InvalidValueException when either level lies outside this matrix */
    public RiskScore score(Likelihood likelihood, Impact impact) {
        return scoring.score(likelihood, impact);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<RiskMatrixId> id() {
        return Optional.ofNullable(id);
    }

    public RiskMatrixName name() {
        return name;
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    public MatrixScoring scoring() {
        return scoring;
    }

    /** The unit whose risks, and those of the units below it, the matrix may rate. */
    public OrgUnitId unit() {
        return unit;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public boolean active() {
        return active;
    }
}
