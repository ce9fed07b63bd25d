package io.aegis.adapters.web;

import java.util.List;
import java.util.Map;

/**
 * The pages over one part of the domain: a record of the inbound ports it calls (the same as its
 * {@link Controller}'s), whose methods render templates.
 */
public interface PageController {

    List<PageRoute> pages();

    /** As {@link Controller#streamedBodies()}: the form targets whose bodies the page reads as a stream. */
    default Map<String, Long> streamedBodies() {
        return Map.of();
    }
}
