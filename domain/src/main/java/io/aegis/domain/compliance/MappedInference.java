package io.aegis.domain.compliance;

import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.Coverage;
import io.aegis.domain.framework.MappingPath;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the evaluation of another framework's control says of a control mapped to it.
 * <ul>
 *   <li><b>Coverage.</b> A path is read from the control whose status is wanted to the assessed one ("C subset_of
 *       X"); what the assessed control's implementation meets of C is the path read backwards ("X superset_of C"):
 *       all of C ({@code full}) only when X contains C, that is when C is equal or equivalent to X or a subset of it;
 *       part of C ({@code partial}) when X is a subset of C, intersects it or is merely related to it.</li>
 *   <li><b>Status.</b> Implemented, partially implemented and not implemented carry over. Partial coverage never
 *       infers more than {@code partially_implemented}: an implemented control that meets part of C implements
 *       part of C. A not implemented control counts against C whatever the coverage: inference never claims more
 *       than the evidence. Not assessed infers nothing, and neither does not applicable: it is a decision about the
 *       scope of the other framework's assessment, not about C.</li>
 *   <li><b>Several paths.</b> When evaluations reached through different paths disagree, {@link #BEST_FIRST} picks:
 *       full coverage first, then the shortest path, then the most telling relationship, then the least favourable
 *       status (of equally good evidence, the posture claims the least), then the lowest assessment id and control
 *       id, so the same data always gives the same answer.</li>
 * </ul>
 */
public final class MappedInference {

    static final Comparator<ControlPosture> BEST_FIRST = Comparator
            .comparing((ControlPosture inferred) -> inferred.coverage().orElseThrow() != Coverage.FULL)
            .thenComparingInt(inferred -> inferred.path().orElseThrow().length())
            .thenComparing(inferred -> inferred.path().orElseThrow().relationship(),
                    (a, b) -> a.moreTellingThan(b) ? -1 : b.moreTellingThan(a) ? 1 : 0)
            .thenComparing(inferred -> inferred.status().credit().orElseThrow())
            .thenComparingLong(inferred -> inferred.evidence().orElseThrow().assessment().value())
            .thenComparingLong(inferred -> inferred.evidence().orElseThrow().control().value());

    private MappedInference() {
    }

    /** How much of the path's start the implementation of its end meets. */
    public static Coverage coverage(MappingPath path) {
        return path.relationship().inverse().coverage();
    }

    /**
     * @param path     from the control whose status is wanted to {@code evidence}'s control
     * @param evidence the evaluation of the control the path ends at
     * @return the status inferred for the path's start, or empty when the evaluation tells nothing
     */
    public static Optional<ControlPosture> infer(MappingPath path, EvaluatedControl evidence) {
        if (!path.target().equals(evidence.control())) {
            throw new IllegalArgumentException("the evidence is of " + evidence.control()
                    + ", the path ends at " + path.target());
        }
        if (!evidence.tellsImplementation()) {
            return Optional.empty();
        }
        Coverage coverage = coverage(path);
        ImplementationStatus status = coverage == Coverage.FULL || evidence.status() != ImplementationStatus.IMPLEMENTED
                ? evidence.status() : ImplementationStatus.PARTIALLY_IMPLEMENTED;
        return Optional.of(new ControlPosture(path.steps().get(0).from(), status, PostureSource.INFERRED,
                Optional.of(evidence), Optional.of(path), Optional.of(coverage)));
    }
}
