package io.aegis.application.framework.port.in;

import java.time.Instant;

/** A baseline of a framework, with how many controls it selects (list them: the controls' {@code baseline_id}). */
public record BaselineView(long id, long frameworkId, String name, String version, long controlCount,
                           Instant createdAt, Instant updatedAt) {
}
