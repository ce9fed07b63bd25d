package io.aegis.application.framework.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A baseline (an OSCAL profile such as 800-53 MODERATE): the controls it selects from one catalog.
 *
 * @param name       the profile's title
 * @param version    its version, or null
 * @param controlIds the display labels of the controls it selects ({@code AC-2(1)}), in the profile's order
 */
public record BaselineProfile(String name, String version, List<String> controlIds) {

    public BaselineProfile {
        Objects.requireNonNull(name, "name");
        controlIds = List.copyOf(controlIds);
    }
}
