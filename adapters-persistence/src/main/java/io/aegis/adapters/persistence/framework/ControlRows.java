package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;

import com.fasterxml.jackson.core.type.TypeReference;
import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.jooq.tables.Controls;
import io.aegis.adapters.persistence.jooq.tables.records.ControlsRecord;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.domain.framework.Control;
import io.aegis.domain.framework.ControlDefinition;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlLabel;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The one mapping between a {@code controls} row and the domain's {@link Control} or a {@link ControlView}. A row
 * names its parent by id; the domain by label, which the queries join from the parent's row ({@link #PARENT}).
 */
final class ControlRows {

    /** The parent's row, joined for its label. */
    static final Controls PARENT = CONTROLS.as("parent");
    static final Field<String> PARENT_LABEL = PARENT.CONTROL_ID.as("parent_control_id");

    private static final TypeReference<List<String>> LABELS = new TypeReference<>() {
    };

    private ControlRows() {
    }

    /** @param row a {@code controls} row with {@link #PARENT_LABEL} */
    static Control toDomain(Record row) {
        ControlsRecord control = row.into(CONTROLS);
        String parent = row.get(PARENT_LABEL);
        return Control.restore(new ControlId(control.getId()), new FrameworkId(control.getFrameworkId()),
                new ControlDefinition(new ControlLabel(control.getControlId()),
                        parent == null ? null : new ControlLabel(parent), Boolean.TRUE.equals(control.getIsGroup()),
                        control.getControlType(), control.getTitle(), control.getDescription(),
                        control.getImplementationGuidance(), control.getAssessmentProcedures(),
                        Boolean.FALSE.equals(control.getIsActive()),
                        movedTo(control).stream().map(ControlLabel::new).toList()),
                control.getSortPosition(), control.getCreatedAt(), control.getUpdatedAt());
    }

    /** @param row a {@code controls} row with {@link #PARENT_LABEL} */
    static ControlView toView(Record row) {
        ControlsRecord control = row.into(CONTROLS);
        return new ControlView(control.getId(), control.getFrameworkId(), control.getControlId(),
                control.getParentId() == null ? null : control.getParentId().longValue(), row.get(PARENT_LABEL),
                control.getTitle(), control.getDescription(), control.getControlType(),
                control.getImplementationGuidance(), control.getAssessmentProcedures(),
                Boolean.TRUE.equals(control.getIsGroup()), !Boolean.FALSE.equals(control.getIsActive()),
                movedTo(control), control.getSortPosition(), control.getCreatedAt(),
                control.getUpdatedAt() == null ? control.getCreatedAt() : control.getUpdatedAt());
    }

    /** A row of every stored property of {@code control} (the id excepted), under the parent of id {@code parent}. */
    static ControlsRecord newRow(Control control, Integer parent) {
        ControlDefinition definition = control.definition();
        return CONTROLS.newRecord()
                .setFrameworkId(Math.toIntExact(control.framework().value()))
                .setControlId(definition.label().value())
                .setParentId(parent)
                .setIsGroup(definition.group())
                .setControlType(definition.controlType())
                .setTitle(definition.title())
                .setDescription(definition.description())
                .setImplementationGuidance(definition.implementationGuidance())
                .setAssessmentProcedures(definition.assessmentProcedures())
                .setIsActive(definition.active())
                .setMovedTo(definition.movedTo().isEmpty() ? null
                        : JsonColumns.render(definition.movedTo().stream().map(ControlLabel::value).toList()))
                .setSortPosition(control.position())
                .setCreatedAt(control.createdAt())
                .setUpdatedAt(control.updatedAt());
    }

    private static List<String> movedTo(ControlsRecord control) {
        return control.getMovedTo() == null ? List.of() : JsonColumns.parse(control.getMovedTo(), LABELS);
    }
}
