package io.aegis.domain.evidence;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.OptionalTexts;
import java.time.Instant;

/**
 * What an uploader says about a piece of evidence: its title and type (required), what it is and where it came
 * from, when it was collected, until when it must be kept (after that the purge may remove it) and how sensitive
 * it is ({@link Sensitivity#INTERNAL} unless said otherwise). Bounded by the columns.
 */
public record EvidenceDetails(String title, String evidenceType, String description, String category,
                              String sourceSystem, Instant collectionDate, Instant retentionDate,
                              Sensitivity sensitivity) {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_SHORT_LENGTH = 100;

    public EvidenceDetails {
        title = Names.require("title", title, MAX_TITLE_LENGTH);
        evidenceType = Names.require("evidence_type", evidenceType, MAX_SHORT_LENGTH);
        description = OptionalTexts.text("description", description);
        category = OptionalTexts.line("category", category, MAX_SHORT_LENGTH);
        sourceSystem = OptionalTexts.line("source_system", sourceSystem, MAX_SHORT_LENGTH);
        sensitivity = sensitivity == null ? Sensitivity.INTERNAL : sensitivity;
        if (collectionDate != null && retentionDate != null && retentionDate.isBefore(collectionDate)) {
            throw new InvalidValueException("retention_date", "must not be before collection_date");
        }
    }
}
