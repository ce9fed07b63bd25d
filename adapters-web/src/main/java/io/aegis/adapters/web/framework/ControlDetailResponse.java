package io.aegis.adapters.web.framework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aegis.application.framework.port.in.ControlDetailView;
import java.util.List;

/** {@code GET /controls/{id}}: the control's fields, and the controls around it. */
public record ControlDetailResponse(@JsonUnwrapped ControlResponse control, ControlSummaryResponse parent,
                                    List<ControlSummaryResponse> children,
                                    List<ControlSummaryResponse> movedToControls) {

    static ControlDetailResponse of(ControlDetailView view) {
        return new ControlDetailResponse(ControlResponse.of(view.control()), ControlSummaryResponse.of(view.parent()),
                view.children().stream().map(ControlSummaryResponse::of).toList(),
                view.movedToControls().stream().map(ControlSummaryResponse::of).toList());
    }
}
