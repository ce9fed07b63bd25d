package io.aegis.application.risk.port.in;

import io.aegis.domain.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bulk move that moved nothing because some of its risks were refused; {@link #details()} names each one with the
 * code and message a single move of it would have answered. A risk the caller may not see is {@code not_found}, as
 * alone.
 */
public class BulkTransitionRefusedException extends RuleViolationException {

    /** One refused risk. */
    public record Refusal(long id, String code, String detail) {
    }

    private final List<Refusal> refusals;

    public BulkTransitionRefusedException(List<Refusal> refusals) {
        super("bulk_transition_refused", refusals.size() + " of the risks cannot make this move, so none moved: "
                + refusals.stream().map(refusal -> refusal.id() + " (" + refusal.code() + ")").toList());
        this.refusals = List.copyOf(refusals);
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("refused", refusals);
        return details;
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
