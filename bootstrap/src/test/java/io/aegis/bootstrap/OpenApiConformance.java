package io.aegis.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The served OpenAPI 3.1 document as a judge of real exchanges: finds the operation a request reaches
 * and checks the request body and the response (status, media type, body) against its schemas, so that
 * the document cannot drift from the code. The schemas are checked by networknt's JSON Schema 2020-12
 * validator in its OpenAPI 3.1 dialect; only the lookup of the operation and the response object (which
 * are OpenAPI, not JSON Schema) is done here. Parsed once per JVM.
 */
final class OpenApiConformance {

    private static final String RESOURCE = "openapi/openapi.json";
    private static final String API_PREFIX = "/api/v1";
    private static final OpenApiConformance SERVED = new OpenApiConformance();

    private final JsonNode document = read();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiConformance() {
    }

    /**
     * OpenAPI 3.1's dialect, told that the document's top-level members (paths, components…) are not
     * schema keywords: the validator loads the whole document as the resource the schemas sit in.
     */
    private Dialect dialect() {
        List<Keyword> documentMembers = new ArrayList<>();
        document.fieldNames().forEachRemaining(member -> documentMembers.add(new NonValidationKeyword(member)));
        return Dialect.builder(Dialects.getOpenApi31()).keywords(documentMembers).build();
    }

    static OpenApiConformance served() {
        return SERVED;
    }

    /**
     * What the exchange does that the document does not say; empty when it conforms. Paths outside
     * {@code /api/v1} (the document itself, the UI) are not described and not checked. A request body the
     * server refused is not held to the document (tests send malformed ones on purpose); the answer is.
     */
    List<String> violations(Exchange exchange) {
        if (!exchange.path().startsWith(API_PREFIX + "/")) {
            return List.of();
        }
        return exchangeViolations(exchange).stream().map(violation -> exchange.method() + " "
                + exchange.path() + " → " + exchange.status() + ": " + violation).toList();
    }

    private List<String> exchangeViolations(Exchange exchange) {
        Optional<String> template = templateOf(exchange.path().substring(API_PREFIX.length()));
        String method = exchange.method().toLowerCase(Locale.ROOT);
        if (template.isEmpty() || !document.path("paths").path(template.get()).has(method)) {
            return unroutedViolations(exchange);
        }
        String operation = "/paths/" + escape(template.get()) + "/" + method;
        List<String> violations = new ArrayList<>();
        if (exchange.requestJson() != null && !exchange.requestJson().isEmpty() && exchange.status() / 100 == 2) {
            violations.addAll(schemaViolations("request body",
                    operation + "/requestBody/content/application~1json/schema", json(exchange.requestJson())));
        }
        violations.addAll(responseViolations(operation, exchange));
        return violations;
    }

    private List<String> responseViolations(String operation, Exchange exchange) {
        JsonNode responses = document.at(operation + "/responses");
        String status = Integer.toString(exchange.status());
        if (!responses.has(status)) {
            return List.of("status " + status + " is not documented for the operation");
        }
        String response = resolved(operation + "/responses/" + status);
        if (exchange.responseBody().isEmpty()) {
            return List.of();
        }
        String mediaType = exchange.mediaType();
        if (!document.at(response + "/content").has(mediaType)) {
            return List.of("a " + mediaType + " body is not documented for this status");
        }
        if (!isJson(mediaType)) {
            return List.of();
        }
        return schemaViolations("response body", response + "/content/" + escape(mediaType) + "/schema",
                json(exchange.responseBody()));
    }

    /** A request no operation takes must be answered with a problem, which is still checked. */
    private List<String> unroutedViolations(Exchange exchange) {
        if (exchange.status() != 404 && exchange.status() != 405) {
            return List.of("the operation is not documented");
        }
        return schemaViolations("problem", "/components/schemas/Problem", json(exchange.responseBody()));
    }

    private List<String> schemaViolations(String what, String pointer, JsonNode instance) {
        if (document.at(pointer).isMissingNode()) {
            return List.of("a JSON " + what + " is not documented");
        }
        List<Error> errors = schemas.computeIfAbsent(pointer, key ->
                registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + key))).validate(instance);
        return errors.stream().map(error -> what + " " + error.getMessage()).toList();
    }

    /** The path template that matches {@code path}, literal segments winning over parameters. */
    private Optional<String> templateOf(String path) {
        String[] segments = path.split("/", -1);
        List<String> matches = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            if (matches(template.split("/", -1), segments)) {
                matches.add(template);
            }
        });
        return matches.stream().min(Comparator.comparingLong(template -> template.chars()
                .filter(c -> c == '{').count()));
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && !segments[i].isEmpty();
            if (!parameter && !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** Follows a response object's {@code $ref} to {@code #/components/responses/…}. */
    private String resolved(String pointer) {
        JsonNode reference = document.at(pointer + "/$ref");
        return reference.isTextual() ? reference.asText().substring(1) : pointer;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiConformance.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One request and its answer as seen on the wire. {@code requestJson} is null or empty when the request
     * carried no JSON body (or one the client did not keep); {@code mediaType} is the response's Content-Type
     * without parameters.
     */
    record Exchange(String method, String path, String requestJson, int status, String mediaType,
            String responseBody) {
    }
}
