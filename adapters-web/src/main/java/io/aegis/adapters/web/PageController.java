package io.aegis.adapters.web;

import java.util.List;

/**
 * The pages over one part of the domain: a record of the inbound ports it calls (the same as its
 * {@link Controller}'s), whose methods render templates.
 */
public interface PageController {

    List<PageRoute> pages();
}
