package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.aegis.adapters.integrations.catalog.json.CatalogJson;
import io.aegis.adapters.integrations.catalog.xml.CatalogXml;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OSCAL profile as the controls it selects: every {@code imports[].include-controls[].with-ids}, less
 * those its {@code exclude-controls} name, as display labels ({@link OscalControlIds}). A profile that selects by
 * pattern ({@code matching}) or takes everything ({@code include-all}) does not name its controls and is refused:
 * resolving it needs the catalog. The profile is JSON or XML (its {@code metadata} and {@code import} elements read as
 * the trees OSCAL JSON holds for them, {@link OscalXmlTrees}).
 */
public final class OscalProfileReader {

    private JsonNode metadata = MissingNode.getInstance();
    private JsonNode imports = MissingNode.getInstance();

    private OscalProfileReader() {
    }

    /**
     * Reads the profile object the parser stands on, leaving the parser on its end.
     *
     * @throws UnreadableCatalogException when the profile has no title or selects no controls by id
     */
    public static BaselineProfile read(JsonParser parser) throws IOException {
        return new OscalProfileReader().profile(parser);
    }

    /**
     * Reads the {@code profile} element the reader stands on, leaving the reader on its end.
     *
     * @throws UnreadableCatalogException when the profile has no title or selects no controls by id
     */
    public static BaselineProfile read(XMLStreamReader xml) throws XMLStreamException {
        OscalProfileReader reader = new OscalProfileReader();
        ArrayNode imports = JsonNodeFactory.instance.arrayNode();
        CatalogXml.eachChild(xml, 1, name -> {
            switch (name) {
                case "metadata" -> reader.metadata = OscalXmlTrees.tree(xml, 2);
                case "import" -> imports.add(OscalXmlTrees.tree(xml, 2));
                default -> CatalogXml.skip(xml);
            }
        });
        reader.imports = imports;
        return reader.profile();
    }

    private BaselineProfile profile(JsonParser parser) throws IOException {
        CatalogJson.eachMember(parser, "\"profile\"", name -> {
            switch (name) {
                case "metadata" -> metadata = CatalogJson.tree(parser);
                case "imports" -> imports = CatalogJson.tree(parser);
                default -> parser.skipChildren();
            }
        });
        return profile();
    }

    private BaselineProfile profile() {
        OscalMetadata about = OscalMetadata.of(metadata).orElseThrow(
                () -> new UnreadableCatalogException("The profile has no metadata with a title."));
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (JsonNode source : imports) {
            if (source.has("include-all")) {
                throw new UnreadableCatalogException("The profile includes every control of its catalog "
                        + "(include-all); Aegis reads baselines that name their controls (with-ids).");
            }
            source.path("include-controls").forEach(selection -> included.addAll(ids(selection)));
            source.path("exclude-controls").forEach(selection -> excluded.addAll(ids(selection)));
        }
        included.removeAll(excluded);
        if (included.isEmpty()) {
            throw new UnreadableCatalogException("The profile selects no controls by id "
                    + "(imports[].include-controls[].with-ids).");
        }
        return new BaselineProfile(about.title(), about.version(), included.stream().toList());
    }

    private static Set<String> ids(JsonNode selection) {
        if (selection.has("matching")) {
            throw new UnreadableCatalogException("The profile selects controls by pattern (matching); Aegis reads "
                    + "baselines that name their controls (with-ids).");
        }
        Set<String> labels = new LinkedHashSet<>();
        selection.path("with-ids").forEach(id -> labels.add(OscalControlIds.label(id.asText())));
        return labels;
    }
}
