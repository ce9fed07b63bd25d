package io.aegis.adapters.web.evidence;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.WebServer;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.evidence.port.in.EvidencePorts;
import io.aegis.application.evidence.port.in.EvidenceSortField;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.LinkControlCommand;
import io.aegis.application.evidence.port.in.LinkTaskCommand;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.Sensitivity;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.OptionalTexts;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /evidence}: uploads (multipart, streamed: {@link EvidenceUploads}), the list and a piece of evidence, its
 * file ({@code /evidence/{id}/content}), its links to controls ({@code /evidence/{id}/controls}, and from the
 * control's side {@code /controls/{id}/evidence}) and to tasks ({@code /tasks/{id}/evidence},
 * {@code /evidence/{id}/tasks}).
 */
public record EvidenceController(EvidencePorts evidence, EvidenceUploads uploads) implements Controller {

    static final String PATH = "/evidence";
    private static final Set<String> FILTERS = Set.of("q", "sensitivity_level", "evidence_type", "integrity_status");
    private static final int RELATIONSHIP_TYPE_LENGTH = 50;

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::upload),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.get(PATH + "/{id}/content", this::content),
                ApiRoute.get(PATH + "/{id}/controls", this::controls),
                ApiRoute.post(PATH + "/{id}/controls", this::linkControl),
                ApiRoute.delete(PATH + "/{id}/controls/{control_id}", this::unlinkControl),
                ApiRoute.get(PATH + "/{id}/tasks", this::tasks),
                ApiRoute.get("/controls/{id}/evidence", this::evidenceOfControl),
                ApiRoute.get("/tasks/{id}/evidence", this::evidenceOfTask),
                ApiRoute.post("/tasks/{id}/evidence", this::linkTask));
    }

    @Override
    public Map<String, Long> streamedBodies() {
        return Map.of(WebServer.API_BASE + PATH, uploads.maxBodyBytes());
    }

    private void upload(Context ctx) {
        EvidenceView created = uploads.upload(ctx);
        Locations.created(ctx, PATH, created.id().value()).json(EvidenceResponse.of(created));
    }

    private void list(Context ctx) {
        ListParams<EvidenceSortField> params = ListParams.parse(ctx, EvidenceSortField.class, FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<Sensitivity> sensitivity = errors.attempt(() -> params.text("sensitivity_level")
                .map(key -> Sensitivity.parse("sensitivity_level", key)));
        Optional<IntegrityStatus> integrity = errors.attempt(() -> params.text("integrity_status")
                .map(key -> IntegrityStatus.parse("integrity_status", key)));
        errors.throwIfAny();
        ListEvidenceQuery query = new ListEvidenceQuery(params.text("q"), sensitivity, params.text("evidence_type"),
                integrity, params.sort(), params.page());
        ctx.json(ListResponse.of(evidence.list().list(RequestActors.of(ctx), query), EvidenceResponse::of));
    }

    private void get(Context ctx) {
        ctx.json(EvidenceResponse.of(evidence.get().get(RequestActors.of(ctx), evidenceId(ctx))));
    }

    private void content(Context ctx) {
        EvidenceDownloads.send(ctx, evidence.content().open(RequestActors.of(ctx), evidenceId(ctx)));
    }

    private void controls(Context ctx) {
        ctx.json(evidence.controlLinks().ofEvidence(RequestActors.of(ctx), evidenceId(ctx)).stream()
                .map(ControlLinkResponse::of).toList());
    }

    private void linkControl(Context ctx) {
        EvidenceId id = evidenceId(ctx);
        LinkControlRequest body = JsonBodies.read(ctx, LinkControlRequest.class);
        FieldErrors errors = new FieldErrors();
        ControlId control = errors.attempt(() -> new ControlId(required("control_id", body.controlId())));
        Optional<SupportType> support = errors.optional(body.supportType(),
                key -> SupportType.parse("support_type", key));
        Optional<Adequacy> adequacy = errors.optional(body.adequacyRating(),
                key -> Adequacy.parse("adequacy_rating", key));
        String notes = errors.attempt(() -> OptionalTexts.text("notes", body.notes()));
        errors.throwIfAny();
        ctx.status(201).json(ControlLinkResponse.of(evidence.linkControl().link(RequestActors.of(ctx),
                new LinkControlCommand(id, control, support, adequacy, Optional.ofNullable(notes)))));
    }

    private void unlinkControl(Context ctx) {
        evidence.unlinkControl().unlink(RequestActors.of(ctx), evidenceId(ctx),
                new ControlId(PathIds.id(ctx, "control_id")));
        ctx.status(204);
    }

    private void tasks(Context ctx) {
        ctx.json(evidence.taskLinks().ofEvidence(RequestActors.of(ctx), evidenceId(ctx)).stream()
                .map(TaskLinkResponse::of).toList());
    }

    private void evidenceOfControl(Context ctx) {
        ctx.json(evidence.controlLinks().ofControl(RequestActors.of(ctx), new ControlId(PathIds.id(ctx, "id")))
                .stream().map(ControlLinkResponse::of).toList());
    }

    private void evidenceOfTask(Context ctx) {
        ctx.json(evidence.taskLinks().ofTask(RequestActors.of(ctx), PathIds.id(ctx, "id")).stream()
                .map(TaskLinkResponse::of).toList());
    }

    private void linkTask(Context ctx) {
        long task = PathIds.id(ctx, "id");
        LinkTaskRequest body = JsonBodies.read(ctx, LinkTaskRequest.class);
        FieldErrors errors = new FieldErrors();
        EvidenceId id = errors.attempt(() -> new EvidenceId(required("evidence_id", body.evidenceId())));
        String relationship = errors.attempt(() -> OptionalTexts.line("relationship_type", body.relationshipType(),
                RELATIONSHIP_TYPE_LENGTH));
        String notes = errors.attempt(() -> OptionalTexts.text("notes", body.notes()));
        errors.throwIfAny();
        ctx.status(201).json(TaskLinkResponse.of(evidence.linkTask().link(RequestActors.of(ctx),
                new LinkTaskCommand(task, id, Optional.ofNullable(relationship), Optional.ofNullable(notes)))));
    }

    private static EvidenceId evidenceId(Context ctx) {
        return new EvidenceId(PathIds.id(ctx, "id"));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
