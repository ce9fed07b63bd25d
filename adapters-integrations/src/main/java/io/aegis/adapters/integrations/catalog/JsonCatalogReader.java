package io.aegis.adapters.integrations.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.aegis.adapters.integrations.catalog.asvs.AsvsCatalogReader;
import io.aegis.adapters.integrations.catalog.json.CatalogJson;
import io.aegis.adapters.integrations.catalog.oscal.OscalCatalogReader;
import io.aegis.adapters.integrations.catalog.oscal.OscalProfileReader;
import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.application.framework.port.out.CatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The catalog formats Aegis reads in JSON, told apart by the root object's first member: {@code catalog} (and
 * {@code profile}) for OSCAL, one of {@link AsvsCatalogReader#ROOT_MEMBERS} for the OWASP ASVS. The file is read as
 * a stream (see {@link CatalogJson}).
 */
public final class JsonCatalogReader implements CatalogReader {

    private static final String SCHEMA = "$schema";
    /** OSCAL's models, in JSON their root member and in XML their root element. */
    static final Set<String> OSCAL_MODELS = Set.of("catalog", "profile", "component-definition",
            "system-security-plan", "assessment-plan", "assessment-results", "plan-of-action-and-milestones",
            "mapping-collection");

    @Override
    public FrameworkCatalog readCatalog(InputStream file, int maxEntries) {
        return CatalogJson.read(file, parser -> {
            String first = firstModelMember(parser);
            if (AsvsCatalogReader.ROOT_MEMBERS.contains(first)) {
                return AsvsCatalogReader.read(parser, maxEntries);
            }
            if (!first.equals("catalog")) {
                throw new UnreadableCatalogException(refusal(first, "catalog"));
            }
            return oscal(parser, model -> OscalCatalogReader.read(model, maxEntries));
        });
    }

    @Override
    public BaselineProfile readProfile(InputStream file) {
        return CatalogJson.read(file, parser -> {
            String first = firstModelMember(parser);
            if (!first.equals("profile")) {
                throw new UnreadableCatalogException(refusal(first, "profile"));
            }
            return oscal(parser, OscalProfileReader::read);
        });
    }

    /** Reads the model's one member with {@code model}, then skips what else the root holds ({@code $schema}). */
    private static <T> T oscal(JsonParser parser, CatalogJson.RootReader<T> model) throws IOException {
        parser.nextToken();
        T result = model.read(parser);
        CatalogJson.skipRemainingMembers(parser);
        return result;
    }

    /** The root's first member other than {@code $schema}, the parser on its name. */
    private static String firstModelMember(JsonParser parser) throws IOException {
        if (parser.currentName().equals(SCHEMA)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                throw CatalogJson.refused(parser, "The JSON object holds nothing but \"$schema\"");
            }
        }
        return parser.currentName();
    }

    private static String refusal(String first, String wanted) {
        if (OSCAL_MODELS.contains(first)) {
            return "The file is an OSCAL " + first + ", not a " + wanted + ".";
        }
        if (first.equals("requirements")) {
            return "The file is the flat ASVS export; Aegis reads the nested one (…_en.json, with \"Requirements\").";
        }
        return "The file is neither an OSCAL " + wanted + (wanted.equals("catalog") ? " nor the OWASP ASVS JSON" : "")
                + " (its first member is \"" + first + "\").";
    }
}
