package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An entry's {@code parts} as the texts Aegis keeps: the statement (for a group without one, its overview), the
 * guidance, and the assessment procedures. Nested parts are lines of their own, after their label ("a.", "1.",
 * "AC-01a.[01]"), two spaces further in per level, as NIST prints them.
 */
final class OscalParts {

    private static final Set<String> STATEMENT = Set.of("statement");
    private static final Set<String> OVERVIEW = Set.of("overview");
    private static final Set<String> GUIDANCE = Set.of("guidance");
    // OSCAL 1.0's 800-53 Rev 4 catalog named them "objective" and "assessment"
    private static final Set<String> OBJECTIVES = Set.of("assessment-objective", "objective");
    private static final Set<String> METHODS = Set.of("assessment-method", "assessment");
    private static final String INDENT = "  ";

    private OscalParts() {
    }

    static String statement(JsonNode parts) {
        String statement = text(parts, STATEMENT);
        return statement != null ? statement : text(parts, OVERVIEW);
    }

    static String guidance(JsonNode parts) {
        return text(parts, GUIDANCE);
    }

    /** The objectives, then each method with its objects ({@code AC-01-Examine [SELECT FROM: a; b]}). */
    static String procedures(JsonNode parts) {
        List<String> lines = new ArrayList<>();
        named(parts, OBJECTIVES).forEach(objective -> lines(objective, 0, true, lines));
        List<String> methods = new ArrayList<>();
        named(parts, METHODS).forEach(method -> methods.add(method(method)));
        if (!lines.isEmpty() && !methods.isEmpty()) {
            lines.add("");
        }
        lines.addAll(methods);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** Hands the id of the statement and of every part in it to {@code ids}: links may point at them. */
    static void statementIds(JsonNode parts, Consumer<String> ids) {
        named(parts, STATEMENT).forEach(statement -> ids(statement, ids));
    }

    private static void ids(JsonNode part, Consumer<String> ids) {
        if (part.hasNonNull("id")) {
            ids.accept(part.path("id").asText());
        }
        part.path("parts").forEach(child -> ids(child, ids));
    }

    private static String text(JsonNode parts, Set<String> names) {
        List<String> lines = new ArrayList<>();
        named(parts, names).forEach(part -> lines(part, 0, true, lines));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A part's own label is printed for nested parts only: a statement's label is its control's. */
    private static void lines(JsonNode part, int depth, boolean top, List<String> lines) {
        String label = top ? null : OscalProps.label(part.path("props")).orElse(null);
        List<String> paragraphs = OscalMarkup.paragraphs(part.path("prose").asText(""));
        String indent = INDENT.repeat(depth);
        for (int i = 0; i < paragraphs.size(); i++) {
            lines.add(indent + (i == 0 && label != null ? label + " " : "") + paragraphs.get(i));
        }
        if (paragraphs.isEmpty() && label != null) {
            lines.add(indent + label);
        }
        int childDepth = paragraphs.isEmpty() && label == null ? depth : depth + 1;
        part.path("parts").forEach(child -> lines(child, childDepth, false, lines));
    }

    private static String method(JsonNode method) {
        String name = OscalProps.label(method.path("props"))
                .or(() -> OscalProps.value(method.path("props"), "method"))
                .orElse(method.path("name").asText());
        List<String> objects = new ArrayList<>();
        method.path("parts").forEach(part -> objects.addAll(OscalMarkup.paragraphs(part.path("prose").asText(""))));
        objects.addAll(OscalMarkup.paragraphs(method.path("prose").asText("")));
        return objects.isEmpty() ? name : name + " [SELECT FROM: " + String.join("; ", objects) + "]";
    }

    private static Iterable<JsonNode> named(JsonNode parts, Set<String> names) {
        List<JsonNode> found = new ArrayList<>();
        parts.forEach(part -> {
            if (names.contains(part.path("name").asText())) {
                found.add(part);
            }
        });
        return found;
    }
}
