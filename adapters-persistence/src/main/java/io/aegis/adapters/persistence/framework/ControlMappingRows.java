package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROL_MAPPINGS;

import io.aegis.adapters.persistence.jooq.tables.records.ControlMappingsRecord;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingLink;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import io.aegis.domain.identity.UserId;
import java.util.Optional;
import org.jooq.Record;

/** The one mapping between a {@code control_mappings} row and the domain's {@link ControlMapping}. */
final class ControlMappingRows {

    private ControlMappingRows() {
    }

    static ControlMapping toDomain(ControlMappingsRecord row) {
        return ControlMapping.restore(new ControlMappingId(row.getId()), new ControlId(row.getSourceControlId()),
                new ControlId(row.getTargetControlId()), terms(row),
                row.getCreatedBy() == null ? null : new UserId(row.getCreatedBy()), row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** @param row a record with the {@code control_mappings} columns */
    static MappingLink toLink(Record row) {
        MappingTerms terms = terms(row.into(CONTROL_MAPPINGS));
        return new MappingLink(row.get(CONTROL_MAPPINGS.ID), new ControlId(row.get(CONTROL_MAPPINGS.SOURCE_CONTROL_ID)),
                new ControlId(row.get(CONTROL_MAPPINGS.TARGET_CONTROL_ID)), terms.relationship(), terms.confidence(),
                terms.strength());
    }

    static MappingTerms terms(ControlMappingsRecord row) {
        return new MappingTerms(MappingRelationship.fromKey(row.getMappingType()),
                MappingRationale.ofNullable(row.getMappingRationale()),
                Optional.ofNullable(row.getConfidenceLevel()).map(MappingConfidence::fromKey),
                Optional.ofNullable(row.getStrength()).map(MappingStrength::new));
    }

    /** A row of every stored property of {@code mapping} (the id excepted). */
    static ControlMappingsRecord newRow(ControlMapping mapping) {
        MappingTerms terms = mapping.terms();
        return CONTROL_MAPPINGS.newRecord()
                .setSourceControlId(Math.toIntExact(mapping.source().value()))
                .setTargetControlId(Math.toIntExact(mapping.target().value()))
                .setMappingType(terms.relationship().key())
                .setMappingRationale(terms.rationale().map(MappingRationale::value).orElse(null))
                .setConfidenceLevel(terms.confidence().map(MappingConfidence::key).orElse(null))
                .setStrength(terms.strength().map(MappingStrength::value).orElse(null))
                .setCreatedBy(mapping.createdBy().map(user -> Math.toIntExact(user.value())).orElse(null))
                .setCreatedAt(mapping.createdAt())
                .setUpdatedAt(mapping.updatedAt());
    }
}
