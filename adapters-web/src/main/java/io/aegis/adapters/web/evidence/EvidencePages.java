package io.aegis.adapters.web.evidence;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.EvidencePorts;
import io.aegis.application.evidence.port.in.EvidenceSortField;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.LinkControlCommand;
import io.aegis.application.evidence.port.in.LinkTaskCommand;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.Sensitivity;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /evidence}: the evidence list with its filters; the upload page, a plain multipart form (that works without
 * script) which {@code evidence-upload.js} turns into a drop zone with a progress bar; a piece of evidence with its
 * integrity status, download link and where it is used (controls, tasks), and forms linking it to a control or a
 * task. The same use cases as the API; the upload is read by the API's own {@link EvidenceUploads}, streamed.
 */
public record EvidencePages(EvidencePorts evidence, EvidenceUploads uploads) implements PageController {

    static final String EVIDENCE = "/evidence";
    static final String UPLOAD = EVIDENCE + "/new";

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(EVIDENCE, this::listPage),
                PageRoute.get(UPLOAD, this::uploadPage),
                PageRoute.post(UPLOAD, this::upload),
                PageRoute.get(EVIDENCE + "/{id}", this::evidencePage),
                PageRoute.get(EVIDENCE + "/{id}/download", this::download),
                PageRoute.post(EVIDENCE + "/{id}/controls", this::linkControl),
                PageRoute.post(EVIDENCE + "/{id}/tasks", this::linkTask));
    }

    @Override
    public Map<String, Long> streamedBodies() {
        return Map.of(UPLOAD, uploads.maxBodyBytes());
    }

    private void listPage(Context ctx) {
        String text = query(ctx, "q");
        String sensitivity = query(ctx, "sensitivity_level");
        String integrity = query(ctx, "integrity_status");
        FormErrors errors = FormErrors.none();
        List<EvidenceView> listed = List.of();
        try {
            listed = evidence.list().list(RequestActors.of(ctx), new ListEvidenceQuery(nonEmpty(text),
                    nonEmpty(sensitivity).map(key -> Sensitivity.parse("sensitivity_level", key)), Optional.empty(),
                    nonEmpty(integrity).map(key -> IntegrityStatus.parse("integrity_status", key)),
                    List.<SortOrder<EvidenceSortField>>of(),
                    new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        } catch (InvalidValueException unknownKey) {
            errors = FormErrors.ofField(unknownKey.field(), unknownKey.getMessage());
        }
        Pages.render(ctx, "evidence/list.jte", new ListPage(Chrome.of(ctx, "Evidence", Section.EVIDENCE), listed,
                text, Option.ofKeys(Sensitivity.values(), Sensitivity::key, sensitivity),
                Option.ofKeys(IntegrityStatus.values(), IntegrityStatus::key, integrity),
                RequestActors.of(ctx).may(Permission.EVIDENCE_WRITE), errors));
    }

    private void uploadPage(Context ctx) {
        renderUpload(ctx, FormErrors.none());
    }

    private void upload(Context ctx) {
        var created = new EvidenceView[1];
        FormErrors.whenRefused(() -> created[0] = uploads.upload(ctx)).ifPresentOrElse(
                errors -> renderUpload(ctx.status(HttpStatus.BAD_REQUEST), errors),
                () -> Pages.seeOther(ctx, EVIDENCE + "/" + created[0].id()));
    }

    private void evidencePage(Context ctx) {
        renderEvidence(ctx, evidenceId(ctx), FormErrors.none());
    }

    private void download(Context ctx) {
        EvidenceDownloads.send(ctx, evidence.content().open(RequestActors.of(ctx), evidenceId(ctx)));
    }

    private void linkControl(Context ctx) {
        EvidenceId id = evidenceId(ctx);
        FormErrors.whenRefused(() -> evidence.linkControl().link(RequestActors.of(ctx), new LinkControlCommand(id,
                        new ControlId(number(ctx.formParam("control_id"), "control_id", "a control's")),
                        chosen(ctx, "support_type").map(key -> SupportType.parse("support_type", key)),
                        chosen(ctx, "adequacy_rating").map(key -> Adequacy.parse("adequacy_rating", key)),
                        chosen(ctx, "notes"))))
                .ifPresentOrElse(errors -> renderEvidence(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors),
                        () -> Pages.seeOther(ctx, EVIDENCE + "/" + id + "#used"));
    }

    private void linkTask(Context ctx) {
        EvidenceId id = evidenceId(ctx);
        FormErrors.whenRefused(() -> evidence.linkTask().link(RequestActors.of(ctx), new LinkTaskCommand(
                        number(ctx.formParam("task_id"), "task_id", "a task's"), id, chosen(ctx, "relationship_type"),
                        chosen(ctx, "notes"))))
                .ifPresentOrElse(errors -> renderEvidence(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors),
                        () -> Pages.seeOther(ctx, EVIDENCE + "/" + id + "#used"));
    }

    private void renderUpload(Context ctx, FormErrors errors) {
        Pages.render(ctx, "evidence/upload.jte", new UploadPage(Chrome.of(ctx, "Upload evidence", Section.EVIDENCE),
                Option.ofKeys(Sensitivity.values(), Sensitivity::key, Sensitivity.INTERNAL.key()), errors));
    }

    private void renderEvidence(Context ctx, EvidenceId id, FormErrors errors) {
        var actor = RequestActors.of(ctx);
        EvidenceView view = evidence.get().get(actor, id);
        Pages.render(ctx, "evidence/evidence.jte", new EvidencePage(Chrome.of(ctx, view.evidence().details().title(),
                Section.EVIDENCE), view, evidence.controlLinks().ofEvidence(actor, id),
                evidence.taskLinks().ofEvidence(actor, id), actor.may(Permission.EVIDENCE_WRITE),
                Option.ofKeys(SupportType.values(), SupportType::key, ""),
                Option.ofKeys(Adequacy.values(), Adequacy::key, ""), errors));
    }

    /** @param whose how the refusal names the thing numbered: "a control's" */
    private static long number(String raw, String field, String whose) {
        try {
            return Long.parseLong(String.valueOf(raw).strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be " + whose + " number, as in its page's address");
        }
    }

    private static Optional<String> chosen(Context ctx, String field) {
        return nonEmpty(ctx.formParam(field));
    }

    private static String query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).orElse("");
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static EvidenceId evidenceId(Context ctx) {
        return new EvidenceId(PathIds.id(ctx, "id"));
    }

    /** @param mayUpload whether to offer the upload page; the use case refuses anybody else anyway */
    public record ListPage(Chrome chrome, List<EvidenceView> evidence, String text, List<Option> sensitivities,
                           List<Option> integrities, boolean mayUpload, FormErrors errors) {
    }

    public record UploadPage(Chrome chrome, List<Option> sensitivities, FormErrors errors) {
    }

    /** @param mayLink whether to offer the link form; the use case refuses anybody else anyway */
    public record EvidencePage(Chrome chrome, EvidenceView view, List<ControlLinkView> controls,
                               List<TaskLinkView> tasks, boolean mayLink, List<Option> supportTypes,
                               List<Option> adequacies, FormErrors errors) {
    }
}
