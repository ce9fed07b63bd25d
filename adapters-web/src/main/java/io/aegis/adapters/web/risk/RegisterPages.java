package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.CsvDownloads;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.in.ListAuditLogsUseCase;
import io.aegis.application.framework.port.in.ControlView;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListControlsUseCase;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.in.ListFrameworksUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.CreateRiskUseCase;
import io.aegis.application.risk.port.in.ExportRisksUseCase;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.LinkRiskControlCommand;
import io.aegis.application.risk.port.in.LinkRiskControlUseCase;
import io.aegis.application.risk.port.in.ListRiskControlsUseCase;
import io.aegis.application.risk.port.in.ListRiskScoresUseCase;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskChanges;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskSortField;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.ScoreRiskUseCase;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.in.UnlinkRiskControlUseCase;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskUseCase;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.risk.AiAssessment;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskCategory;
import io.aegis.domain.risk.RiskDetails;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.RiskTitle;
import io.aegis.domain.risk.RiskTreatment;
import io.aegis.domain.risk.ScoringNote;
import io.aegis.domain.risk.TreatmentStrategy;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The risk register in the browser: the list with the API's filters, sort and paging in its URL, a risk's page
 * (its ratings and their history, the lifecycle moves open to it now, the controls treating it), and the forms that
 * record and re-score a risk and link and unlink its treating controls. The same use cases as {@link RiskController}, so the same permissions, scopes, rules and audit.
 */
public record RegisterPages(ListRisksUseCase list, GetRiskUseCase get, CreateRiskUseCase create,
                            UpdateRiskUseCase update, ScoreRiskUseCase score, ListRiskScoresUseCase scores,
                            TransitionRiskUseCase transition, ExportRisksUseCase export, ListAuditLogsUseCase audit,
                            ListRiskControlsUseCase treating, LinkRiskControlUseCase linkControl,
                            UnlinkRiskControlUseCase unlinkControl, ListFrameworksUseCase frameworks,
                            ListControlsUseCase controls) implements PageController {

    /** How many past ratings a risk's page shows and charts. */
    private static final int HISTORY = 50;
    /** How many of the risk's audit entries its page lists, newest first. */
    private static final int AUDIT_ENTRIES = 20;

    @Override
    public List<PageRoute> pages() {
        // the fixed paths before /risks/{id}, which would take them for an id
        return List.of(
                PageRoute.get(RiskLinks.REGISTER, this::register),
                PageRoute.get(RiskLinks.REGISTER + "/export.csv", this::exportCsv),
                PageRoute.get(RiskLinks.REGISTER + "/new", this::newRiskForm),
                PageRoute.post(RiskLinks.REGISTER, this::record),
                PageRoute.get(RiskLinks.REGISTER + "/{id}", this::riskPage),
                PageRoute.get(RiskLinks.REGISTER + "/{id}/edit", this::editForm),
                PageRoute.post(RiskLinks.REGISTER + "/{id}", this::edit),
                PageRoute.post(RiskLinks.REGISTER + "/{id}/scores", this::rescore),
                PageRoute.post(RiskLinks.REGISTER + "/{id}/transitions", this::move),
                PageRoute.post(RiskLinks.REGISTER + "/{id}/controls", this::linkControl),
                PageRoute.post(RiskLinks.REGISTER + "/{id}/controls/{control_id}/removal", this::unlinkControl));
    }

    private void register(Context ctx) {
        Optional<String> tidy = PageLinks.withoutEmptyParameters(ctx);
        if (tidy.isPresent()) {
            Pages.seeOther(ctx, tidy.get());
            return;
        }
        ListParams<RiskSortField> params = ListParams.parse(ctx, RiskSortField.class, RiskParams.FILTERS);
        Page<RiskView> page = list.list(RequestActors.of(ctx), new ListRisksQuery(RiskParams.filter(params),
                params.sort(), params.page()));
        Pages.render(ctx, "risk/register.jte", RegisterPage.of(ctx, Chrome.of(ctx, "Risk register", Section.RISKS),
                params, page));
    }

    private void exportCsv(Context ctx) {
        ListParams<RiskSortField> params = CsvDownloads.parameters(ctx, RiskSortField.class, RiskParams.FILTERS);
        CsvDownloads.send(ctx, "risks.csv", export.export(RequestActors.of(ctx),
                new ListRisksQuery(RiskParams.filter(params), params.sort(), PageRequest.first()))::writeTo);
    }

    private void newRiskForm(Context ctx) {
        renderNewRisk(ctx, RiskForm.empty(), FormErrors.none());
    }

    private void record(Context ctx) {
        RiskForm form = RiskForm.of(ctx);
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            RiskTitle title = errors.attempt(() -> new RiskTitle(form.title()));
            RiskCategory category = errors.attempt(() -> RiskCategory.parse("category", form.category()));
            RiskDetails details = errors.attempt(() -> new RiskDetails(blankToNull(form.description()), null, null,
                    null, null, null, null, null, null, null, Labels.none(), Labels.none(), CustomFields.none()));
            RiskEstimate estimate = errors.attempt(() -> form.estimate(false));
            errors.throwIfAny();
            RiskView created = create.create(RequestActors.of(ctx), new CreateRiskCommand(new RiskFacts(title,
                    category, details, RiskTreatment.none(), AiAssessment.none(), Optional.empty(), Optional.empty()),
                    Optional.empty(), estimate, Optional.empty(), Optional.empty()));
            Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + created.id());
        }).ifPresent(errors -> renderNewRisk(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), form, errors));
    }

    private void riskPage(Context ctx) {
        renderRisk(ctx, riskId(ctx), FormErrors.none());
    }

    private void rescore(Context ctx) {
        RiskId id = riskId(ctx);
        RiskForm form = RiskForm.of(ctx);
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            RiskEstimate estimate = errors.attempt(() -> form.estimate(true));
            ScoringNote note = errors.attempt(() -> new ScoringNote(blankToNull(ctx.formParam("likelihood_rationale")),
                    blankToNull(ctx.formParam("impact_rationale")), null));
            errors.throwIfAny();
            score.score(RequestActors.of(ctx), new ScoreRiskCommand(id, estimate, false, note));
            Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + id.value() + "#ratings");
        }).ifPresent(errors -> renderRisk(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors));
    }

    private void move(Context ctx) {
        RiskId id = riskId(ctx);
        FormErrors.whenRefused(() -> {
            RiskStatus to = RiskStatus.parse("to", Forms.text(ctx, "to"));
            transition.transition(RequestActors.of(ctx), new TransitionRiskCommand(id, to,
                    Optional.ofNullable(ctx.formParam("reason"))));
            Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + id.value());
        }).ifPresent(errors -> renderRisk(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors));
    }

    /** Links the control the form names by framework and control id (AC-2), or changes the effect of its link. */
    private void linkControl(Context ctx) {
        RiskId id = riskId(ctx);
        FormErrors.whenRefused(() -> {
            Actor actor = RequestActors.of(ctx);
            ControlTreatment treatment = RiskControlController.treatment(new ControlTreatmentRequest(
                    ctx.formParam("treatment_state"), ctx.formParam("reduces"), ctx.formParam("notes")));
            ControlId control = controlNamed(actor, Forms.text(ctx, "framework_id"), Forms.text(ctx, "control"));
            linkControl.link(actor, new LinkRiskControlCommand(id, control, treatment));
            Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + id.value() + "#treating-controls");
        }).ifPresent(errors -> renderRisk(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors));
    }

    private void unlinkControl(Context ctx) {
        RiskId id = riskId(ctx);
        unlinkControl.unlink(RequestActors.of(ctx), id, new ControlId(PathIds.id(ctx, "control_id")));
        Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + id.value() + "#treating-controls");
    }

    /**
     * The control of {@code framework} whose id is {@code label}: exactly, else ignoring case.
     *
     * @throws InvalidValueException on the field {@code control} when the framework holds no such control
     */
    private ControlId controlNamed(Actor actor, String framework, String label) {
        FrameworkId frameworkId = RiskParams.id("framework_id", parsedId(framework), FrameworkId::new);
        List<ControlView> found = controls.list(actor, new ListControlsQuery(frameworkId, Optional.of(label.strip()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        return found.stream().filter(c -> c.controlId().equals(label.strip())).findFirst()
                .or(() -> found.stream().filter(c -> c.controlId().equalsIgnoreCase(label.strip())).findFirst())
                .map(c -> new ControlId(c.id()))
                .orElseThrow(() -> new InvalidValueException("control", "the framework holds no control " + label));
    }

    private static long parsedId(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("framework_id", "choose a framework");
        }
    }

    private void editForm(Context ctx) {
        RiskView risk = get.get(RequestActors.of(ctx), riskId(ctx));
        renderEdit(ctx, EditRiskPage.Form.of(risk), risk, Optional.empty(), FormErrors.none());
    }

    /**
     * The change applies only to the version the form was made from: if someone changed the risk since, nothing is
     * written, the form comes back with what was typed, their version beside it, and the new version to send.
     */
    private void edit(Context ctx) {
        RiskId id = riskId(ctx);
        EditRiskPage.Form form = EditRiskPage.Form.of(ctx);
        AtomicBoolean changedMeanwhile = new AtomicBoolean();
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            RiskTitle title = errors.attempt(() -> new RiskTitle(form.title()));
            RiskCategory category = errors.attempt(() -> RiskCategory.parse("category", form.category()));
            TreatmentStrategy strategy = errors.attempt(() -> form.strategy().isBlank() ? null
                    : TreatmentStrategy.parse("treatment_strategy", form.strategy()));
            errors.throwIfAny();
            UpdateRiskCommand command = new UpdateRiskCommand(id, FormVersions.edited(ctx), RiskChanges.ofSummary(
                    Patch.set(title), Patch.set(category), Patch.set(blankToNull(form.description())),
                    Patch.set(strategy), Patch.set(blankToNull(form.rationale()))), Optional.empty());
            try {
                update.update(RequestActors.of(ctx), command);
                Pages.seeOther(ctx, RiskLinks.REGISTER + "/" + id.value());
            } catch (StaleVersionException changed) {
                changedMeanwhile.set(true);
            }
        }).ifPresent(errors -> renderEdit(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), form,
                get.get(RequestActors.of(ctx), id), Optional.empty(), errors));
        if (changedMeanwhile.get()) {
            RiskView theirs = get.get(RequestActors.of(ctx), id);
            renderEdit(ctx.status(HttpStatus.PRECONDITION_FAILED), form.atVersionOf(theirs), theirs,
                    Optional.of(theirs), FormErrors.ofForm("Someone else changed this risk after you opened the form."
                            + " Nothing of yours was saved: compare with their version below, then save again."));
        }
    }

    private void renderEdit(Context ctx, EditRiskPage.Form form, RiskView risk, Optional<RiskView> theirs,
                            FormErrors errors) {
        Pages.render(ctx, "risk/edit.jte", new EditRiskPage(Chrome.of(ctx, "Edit " + risk.title(), Section.RISKS),
                risk.id(), form, RiskOptions.categories(form.category()), RiskOptions.strategies(form.strategy()),
                theirs, errors));
    }

    private void renderNewRisk(Context ctx, RiskForm form, FormErrors errors) {
        Pages.render(ctx, "risk/new.jte", new NewRiskPage(Chrome.of(ctx, "Record a risk", Section.RISKS), form,
                RiskOptions.categories(form.category()), errors));
    }

    private void renderRisk(Context ctx, RiskId id, FormErrors errors) {
        Actor actor = RequestActors.of(ctx);
        RiskView risk = get.get(actor, id);
        List<RiskScoreView> history = scores.list(actor, id, new PageRequest(HISTORY, 0)).items();
        Pages.render(ctx, "risk/risk.jte", RiskPage.of(Chrome.of(ctx, risk.title(), Section.RISKS), risk, history,
                auditOf(actor, id), TreatingControlsSection.of(treating.list(actor, id), frameworkOptions(actor)),
                errors));
    }

    /** The frameworks a control to link can come from; none for a viewer who may not read them. */
    private List<PageLinks.Option> frameworkOptions(Actor actor) {
        if (!actor.may(Permission.FRAMEWORK_READ)) {
            return List.of();
        }
        return frameworks.list(actor, new ListFrameworksQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                        false, List.of(), new PageRequest(PageRequest.MAX_LIMIT, 0)))
                .items().stream().map(f -> new PageLinks.Option(String.valueOf(f.id()), f.name()
                        + (f.version() == null ? "" : " " + f.version()), false)).toList();
    }

    /** The risk's audit entries, newest first; empty for a viewer who may not read the audit trail. */
    private Optional<List<AuditLogView>> auditOf(Actor actor, RiskId id) {
        if (!actor.may(Permission.AUDIT_READ)) {
            return Optional.empty();
        }
        return Optional.of(audit.list(actor, new ListAuditLogsQuery(Optional.empty(), List.of(), Set.of(),
                Optional.of("risk"), Optional.of(id.value()), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), new PageRequest(AUDIT_ENTRIES, 0))).items());
    }

    private static RiskId riskId(Context ctx) {
        return new RiskId(PathIds.id(ctx, "id"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** What the risk forms send, as typed: shown again when the server refuses it. */
    public record RiskForm(String title, String category, String description, String inherentLikelihood,
                           String inherentImpact, String residualLikelihood, String residualImpact) {

        static RiskForm empty() {
            return new RiskForm("", "", "", "", "", "", "");
        }

        static RiskForm of(Context ctx) {
            return new RiskForm(Forms.text(ctx, "title"), Forms.text(ctx, "category"), Forms.text(ctx, "description"),
                    Forms.text(ctx, "inherent_likelihood"), Forms.text(ctx, "inherent_impact"),
                    Forms.text(ctx, "residual_likelihood"), Forms.text(ctx, "residual_impact"));
        }

        /** The ratings typed; with {@code scored} the inherent pair is required (re-scoring), else optional. */
        RiskEstimate estimate(boolean scored) {
            return new RiskEstimate(
                    FormNumbers.rating("inherent_likelihood", inherentLikelihood, scored),
                    FormNumbers.rating("inherent_impact", inherentImpact, scored),
                    FormNumbers.rating("residual_likelihood", residualLikelihood, false),
                    FormNumbers.rating("residual_impact", residualImpact, false));
        }

    }

    public record NewRiskPage(Chrome chrome, RiskForm form, List<PageLinks.Option> categories, FormErrors errors) {
    }
}
