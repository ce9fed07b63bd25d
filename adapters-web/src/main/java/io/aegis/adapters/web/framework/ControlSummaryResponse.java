package io.aegis.adapters.web.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.framework.port.in.ControlSummary;

/** A control named beside another: a parent, a child, where a control moved to. */
public record ControlSummaryResponse(long id, String controlId, String title,
                                     @JsonProperty("is_group") boolean group,
                                     @JsonProperty("is_active") boolean active) {

    static ControlSummaryResponse of(ControlSummary summary) {
        return summary == null ? null : new ControlSummaryResponse(summary.id(), summary.controlId(), summary.title(),
                summary.group(), summary.active());
    }
}
