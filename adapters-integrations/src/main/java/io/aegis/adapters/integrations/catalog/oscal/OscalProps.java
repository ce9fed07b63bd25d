package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The properties OSCAL itself defines ({@code label}, {@code status}, {@code method}): a property in another
 * namespace (NIST's CSF and RMF extensions) is someone else's and ignored.
 */
final class OscalProps {

    private static final String OSCAL_NAMESPACE = "http://csrc.nist.gov/ns/oscal";

    private OscalProps() {
    }

    /**
     * The display label: the {@code label} property without a class (800-53 also labels its controls for 800-53A,
     * {@code class="sp800-53a"}: "AC-01" beside "AC-1"), else the first one.
     */
    static Optional<String> label(JsonNode props) {
        return named(props, "label").filter(prop -> !prop.hasNonNull("class")).findFirst()
                .or(() -> named(props, "label").findFirst())
                .map(prop -> prop.path("value").asText().strip())
                .filter(label -> !label.isEmpty());
    }

    static Optional<String> value(JsonNode props, String name) {
        return named(props, name).map(prop -> prop.path("value").asText()).findFirst();
    }

    /** The 800-53A label of an organization-defined parameter ({@code AC-01_ODP[01]}). */
    static boolean hasAssessmentLabel(JsonNode props) {
        return named(props, "label").anyMatch(prop -> prop.path("class").asText().equals("sp800-53a"));
    }

    /** {@code status} is {@code withdrawn} (800-53 and CSF 2.0 write it so; older catalogs "Withdrawn"). */
    static boolean withdrawn(JsonNode props) {
        return value(props, "status").filter(status -> status.equalsIgnoreCase("withdrawn")).isPresent();
    }

    private static Stream<JsonNode> named(JsonNode props, String name) {
        return StreamSupport.stream(props.spliterator(), false)
                .filter(prop -> prop.path("name").asText().equals(name))
                .filter(prop -> prop.path("ns").asText(OSCAL_NAMESPACE).equals(OSCAL_NAMESPACE));
    }
}
