package io.aegis.adapters.web;

import java.util.Map;

/** An exception whose problem+json answer carries extension members besides the standard ones. */
public interface ProblemExtension {

    /** Members to add to the problem, by name; none may shadow a standard member. */
    Map<String, Object> problemMembers();
}
