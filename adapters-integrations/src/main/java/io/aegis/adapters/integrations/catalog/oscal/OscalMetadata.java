package io.aegis.adapters.integrations.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * What Aegis keeps of an OSCAL document's {@code metadata}.
 *
 * @param title        {@code title}, never blank
 * @param organization the party with role {@code creator}, else the first organization among the parties, or null
 * @param published    the date part of {@code published}, or null
 * @param remarks      {@code remarks} as plain text, or null
 */
record OscalMetadata(String title, String version, String organization, LocalDate published, String remarks) {

    /** @return empty when the metadata has no title */
    static Optional<OscalMetadata> of(JsonNode metadata) {
        String title = OscalMarkup.plain(metadata.path("title").asText(""));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OscalMetadata(title, text(metadata.path("version")), organization(metadata),
                date(metadata.path("published").asText("")), OscalMarkup.plain(text(metadata.path("remarks")))));
    }

    private static String organization(JsonNode metadata) {
        JsonNode parties = metadata.path("parties");
        return StreamSupport.stream(metadata.path("responsible-parties").spliterator(), false)
                .filter(responsible -> responsible.path("role-id").asText().equals("creator"))
                .flatMap(creator -> StreamSupport.stream(creator.path("party-uuids").spliterator(), false))
                .flatMap(uuid -> StreamSupport.stream(parties.spliterator(), false)
                        .filter(party -> party.path("uuid").asText().equals(uuid.asText())))
                .findFirst()
                .or(() -> StreamSupport.stream(parties.spliterator(), false)
                        .filter(party -> party.path("type").asText().equals("organization")).findFirst())
                .map(party -> text(party.path("name")))
                .orElse(null);
    }

    /** OSCAL's date-time with a time zone; only its date is kept, as written. */
    private static LocalDate date(String published) {
        try {
            return published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode value) {
        String text = value.isValueNode() ? value.asText().strip() : "";
        return text.isEmpty() ? null : text;
    }
}
