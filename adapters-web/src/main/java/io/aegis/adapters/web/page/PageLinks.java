package io.aegis.adapters.web.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links to the page being shown with one parameter changed (the next page, another sort), so that a list's view
 * lives in its URL and can be bookmarked and shared.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** This page with {@code name} set to {@code value}, or removed when {@code value} is null; others kept. */
    public static String with(Context ctx, String name, String value) {
        Map<String, String> parameters = parameters(ctx);
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return link(ctx.path(), parameters);
    }

    /** {@code path} with this page's parameters but {@code dropped}: an export of the view shown, say. */
    public static String elsewhere(Context ctx, String path, Set<String> dropped) {
        Map<String, String> parameters = parameters(ctx);
        parameters.keySet().removeAll(dropped);
        return link(path, parameters);
    }

    /**
     * A filter form sends its unused fields empty; the same view without them, when there are any, so that the URL
     * says only what the view is.
     */
    public static Optional<String> withoutEmptyParameters(Context ctx) {
        Map<String, String> parameters = parameters(ctx);
        boolean anyEmpty = parameters.values().removeIf(String::isEmpty);
        return anyEmpty ? Optional.of(link(ctx.path(), parameters)) : Optional.empty();
    }

    private static Map<String, String> parameters(Context ctx) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> parameters.put(name, values.isEmpty() ? ""
                : String.join(",", values)));
        return parameters;
    }

    private static String link(String path, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?" + parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        // commas separate a filter's values: kept readable
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    /** The options of a filter's select, with the one the view uses marked. */
    public record Option(String value, String label, boolean selected) {

        public static List<Option> of(Map<String, String> valuesAndLabels, String current) {
            return valuesAndLabels.entrySet().stream()
                    .map(entry -> new Option(entry.getKey(), entry.getValue(), entry.getKey().equals(current)))
                    .toList();
        }

        /** One option per value of an enum, its key the value and its key in words the label. */
        public static <E> List<Option> ofKeys(E[] values, Function<E, String> key, String current) {
            return Arrays.stream(values).map(key)
                    .map(value -> new Option(value, Words.label(value), value.equals(current)))
                    .toList();
        }
    }
}
