package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.EquivalentsView;
import java.util.List;

/** {@code GET /controls/{id}/equivalents}: what the control reaches through mappings, nearest first. */
public record EquivalentsResponse(MappedControlResponse control, int depth, List<Equivalent> equivalents) {

    /** A control reached: "control relationship reached", composed along {@code path}. */
    public record Equivalent(MappedControlResponse control, String relationship, String coverage, String confidence,
                             Integer strength, List<Step> path) {
    }

    /** One mapping crossed, read in the walk's direction. */
    public record Step(long mappingId, long fromControlId, long toControlId, String relationship) {
    }

    static EquivalentsResponse of(EquivalentsView view) {
        return new EquivalentsResponse(MappedControlResponse.of(view.control()), view.depth(),
                view.equivalents().stream().map(reached -> new Equivalent(MappedControlResponse.of(reached.control()),
                        reached.relationship(), reached.coverage(), reached.confidence(), reached.strength(),
                        reached.path().stream().map(step -> new Step(step.mappingId(), step.from(), step.to(),
                                step.relationship())).toList())).toList());
    }
}
