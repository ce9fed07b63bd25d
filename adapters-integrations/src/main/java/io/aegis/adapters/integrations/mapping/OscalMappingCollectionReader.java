package io.aegis.adapters.integrations.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingTerms;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OSCAL 1.2 {@code mapping-collection} (JSON): each {@code mappings[].maps[]} entry relates its {@code sources} to
 * its {@code targets} by their {@code id-ref} (every source to every target), with its {@code relationship}, its
 * {@code confidence-score} ({@code percentage} 0..1, or a {@code category}) and its {@code remarks} as the rationale.
 * The collection's resources are not resolved: the import names the two frameworks. Read as one tree; an upload is
 * bounded by the server's request limit.
 */
final class OscalMappingCollectionReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    List<MappingFileRow> read(InputStream file, int maxRows) {
        JsonNode collection = root(file).path("mapping-collection");
        if (!collection.isObject() || !collection.path("mappings").isArray()) {
            throw new UnreadableMappingFileException("the file is no OSCAL mapping-collection: it has no"
                    + " \"mapping-collection\" object with a \"mappings\" array");
        }
        List<MappingFileRow> rows = new ArrayList<>();
        JsonNode mappings = collection.get("mappings");
        for (int m = 0; m < mappings.size(); m++) {
            JsonNode maps = mappings.get(m).path("maps");
            if (!maps.isArray()) {
                throw new UnreadableMappingFileException("mappings[" + m + "] has no \"maps\" array");
            }
            for (int i = 0; i < maps.size(); i++) {
                String where = "mappings[" + m + "].maps[" + i + "]";
                JsonNode map = maps.get(i);
                MappingTerms terms = terms(map, where);
                for (String source : refs(map, "sources", where)) {
                    for (String target : refs(map, "targets", where)) {
                        rows.add(new MappingFileRow(where, source, target, terms));
                        MappingVocabulary.requireRoom(rows.size(), maxRows);
                    }
                }
            }
        }
        return rows;
    }

    private static JsonNode root(InputStream file) {
        try {
            JsonNode root = JSON.readTree(file);
            if (root == null) {
                throw new UnreadableMappingFileException("the file is empty");
            }
            return root;
        } catch (JacksonException e) {
            throw new UnreadableMappingFileException("the file is not well-formed JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UnreadableMappingFileException("the file could not be read");
        }
    }

    private static MappingTerms terms(JsonNode map, String where) {
        MappingRelationship relationship = MappingVocabulary.relationship(text(map.get("relationship")), where);
        Optional<MappingRationale> rationale = MappingVocabulary.checked(where,
                () -> MappingRationale.ofNullable(text(map.get("remarks"))));
        return new MappingTerms(relationship, rationale, confidence(map.path("confidence-score"), where),
                Optional.empty());
    }

    private static Optional<MappingConfidence> confidence(JsonNode score, String where) {
        if (score.path("percentage").isNumber()) {
            return Optional.of(MappingVocabulary.confidence(score.get("percentage").decimalValue(), where));
        }
        return MappingVocabulary.confidence(text(score.get("category")), where);
    }

    private static List<String> refs(JsonNode map, String field, String where) {
        JsonNode items = map.path(field);
        if (!items.isArray()) {
            throw new UnreadableMappingFileException(where + " has no \"" + field + "\" array");
        }
        List<String> refs = new ArrayList<>();
        for (JsonNode item : items) {
            String ref = text(item.get("id-ref"));
            if (ref == null || ref.isBlank()) {
                throw new UnreadableMappingFileException(where + ": an entry of \"" + field + "\" has no id-ref");
            }
            refs.add(ref.strip());
        }
        return refs;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }
}
