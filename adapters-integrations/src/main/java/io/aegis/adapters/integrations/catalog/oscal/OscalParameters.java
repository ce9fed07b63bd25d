package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A catalog's parameters, and their insertion into its texts as NIST prints them: {@code [Assignment: ...]} for a
 * value to define, {@code [Selection (one or more): a; b]} for choices (their own insertions rendered within), a
 * value the catalog sets as itself. Parameters are gathered while the file is read and inserted once it is whole,
 * since a text may insert a parameter defined later in the file (JSON members have no order).
 */
final class OscalParameters {

    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param\\s*,\\s*([^\\s}]+)\\s*}}");
    private static final String ORGANIZATION_DEFINED = "organization-defined";
    /** Choices inserting parameters whose choices insert ... : deeper than this is a loop. */
    private static final int MAX_DEPTH = 8;

    /**
     * One parameter.
     *
     * @param assignment what an assignment asks for (its label, else its first guideline), or null
     * @param howMany    OSCAL's {@code select.how-many}, or null
     * @param choices    the choices of a selection, or null for an assignment
     */
    private record Parameter(String assignment, List<String> values, String howMany, List<String> choices) {
    }

    private final Map<String, Parameter> parameters = new HashMap<>();

    /** Takes in the parameters of an OSCAL {@code params} array. */
    void define(JsonNode params) {
        for (JsonNode param : params) {
            parameters.put(param.path("id").asText(), new Parameter(assignment(param), texts(param.path("values")),
                    param.path("select").path("how-many").asText(null),
                    param.path("select").has("choice") ? texts(param.path("select").path("choice")) : null));
        }
    }

    /** {@code text} with every parameter it inserts rendered. */
    String inserted(String text) {
        return inserted(text, 0);
    }

    private String inserted(String text, int depth) {
        Matcher insert = INSERT.matcher(text);
        return insert.find() ? insert.replaceAll(match -> Matcher.quoteReplacement(rendered(match.group(1), depth)))
                : text;
    }

    private String rendered(String id, int depth) {
        Parameter parameter = parameters.get(id);
        if (parameter == null || depth == MAX_DEPTH) {
            // inserted but never defined: still visibly something to assign
            return "[Assignment: " + id + "]";
        }
        if (!parameter.values().isEmpty()) {
            return String.join(", ", parameter.values().stream().map(value -> inserted(value, depth + 1)).toList());
        }
        if (parameter.choices() != null) {
            String choices = String.join("; ",
                    parameter.choices().stream().map(choice -> inserted(choice, depth + 1)).toList());
            return "[Selection" + ("one-or-more".equals(parameter.howMany()) ? " (one or more)" : "") + ": "
                    + choices + "]";
        }
        return "[Assignment: " + (parameter.assignment() == null ? id : parameter.assignment()) + "]";
    }

    /**
     * What an assignment asks for. 800-53's organization-defined parameters (those 800-53A labels,
     * {@code AC-01_ODP[04]}) carry a short label ("official") that NIST prints as "organization-defined official";
     * parameters that aggregate them already say so.
     */
    private static String assignment(JsonNode param) {
        String label = OscalMarkup.plain(param.path("label").asText(null));
        if (label == null || label.isEmpty()) {
            return texts(param.path("guidelines")).stream().findFirst().orElse(null);
        }
        boolean organizationDefined = OscalProps.hasAssessmentLabel(param.path("props"));
        return organizationDefined && !label.startsWith(ORGANIZATION_DEFINED) ? ORGANIZATION_DEFINED + " " + label
                : label;
    }

    /** The texts of an array of strings or of objects with {@code prose} (guidelines), as plain text. */
    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> item.isTextual() ? item.asText() : item.path("prose").asText(""))
                .map(OscalMarkup::plain)
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
