package io.aegis.adapters.web.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.framework.port.in.FrameworkView;
import java.time.Instant;
import java.time.LocalDate;

/** A framework: every seed column, and how many controls (groups apart) and groups it holds. */
public record FrameworkResponse(long id, String name, String version, String description, String organization,
                                String frameworkType, LocalDate publicationDate,
                                @JsonProperty("is_active") boolean active, long controlCount,
                                long activeControlCount, long groupCount, Instant createdAt, Instant updatedAt) {

    static FrameworkResponse of(FrameworkView view) {
        return new FrameworkResponse(view.id(), view.name(), view.version(), view.description(), view.organization(),
                view.frameworkType(), view.publicationDate(), view.active(), view.controls().controls(),
                view.controls().activeControls(), view.controls().groups(), view.createdAt(), view.updatedAt());
    }
}
