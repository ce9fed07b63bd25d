package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.FormVersions;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.ListOrgUnitsUseCase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.DeactivateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.GetRiskMatrixEditingUseCase;
import io.aegis.application.risk.port.in.GetRiskMatrixUseCase;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.ListRiskMatricesUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.in.UpdateRiskMatrixCommand;
import io.aegis.application.risk.port.in.UpdateRiskMatrixUseCase;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * {@code /admin/risk-matrices}: the matrices risks are rated on, each one's grid (every cell's score and level, in
 * words and colour) with its bands, and for {@code matrix:write} the editor that creates and changes them, with a
 * preview of the grid while editing, and the retirement of a matrix. The same use cases as {@code /risk-matrices}:
 * every rule is the domain's, its refusals shown next to the fields they name.
 */
public record MatrixPages(ListRiskMatricesUseCase list, GetRiskMatrixUseCase get, GetRiskMatrixEditingUseCase editing,
                          CreateRiskMatrixUseCase create, UpdateRiskMatrixUseCase update,
                          DeactivateRiskMatrixUseCase deactivate, ListOrgUnitsUseCase units)
        implements PageController {

    public static final String MATRICES = "/admin/risk-matrices";
    static final String PREVIEW = MATRICES + "/preview";
    /** The button a form was sent with: store it, draw the grid it describes, or give it another size. */
    private static final String INTENT = "intent";
    private static final String PREVIEW_INTENT = "preview";
    private static final String RESIZE_INTENT = "resize";

    @Override
    public List<PageRoute> pages() {
        // the fixed paths before /{id}, which would take them for an id
        return List.of(
                PageRoute.get(MATRICES, this::matrices),
                PageRoute.get(MATRICES + "/new", this::newMatrixForm),
                PageRoute.post(PREVIEW, this::preview),
                PageRoute.post(MATRICES, this::createMatrix),
                PageRoute.get(MATRICES + "/{id}", this::matrix),
                PageRoute.get(MATRICES + "/{id}/edit", this::editForm),
                PageRoute.post(MATRICES + "/{id}", this::editMatrix),
                PageRoute.get(MATRICES + "/{id}/retire", this::retireForm),
                PageRoute.post(MATRICES + "/{id}/retire", this::retire));
    }

    private void matrices(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        ListRiskMatricesQuery all = ListRiskMatricesQuery.all();
        List<RiskMatrixView> matrices = list.list(actor, new ListRiskMatricesQuery(Optional.empty(),
                Optional.empty(), false, all.sort(), new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        Pages.render(ctx, "risk/matrices.jte", new MatricesPage(Chrome.of(ctx, "Risk matrices",
                Section.ADMINISTRATION), matrices, actor.may(Permission.MATRIX_WRITE)));
    }

    private void matrix(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskMatrixView matrix = get.get(actor, matrixId(ctx));
        Pages.render(ctx, "risk/matrix.jte", MatrixPage.of(Chrome.of(ctx, matrix.name(), Section.ADMINISTRATION),
                matrix, actor.may(Permission.MATRIX_WRITE)));
    }

    private void newMatrixForm(Context ctx) {
        editing.editing(RequestActors.of(ctx), Optional.empty());
        MatrixForm form = MatrixForm.standard();
        renderNew(ctx, form, MatrixPreview.of(form), FormErrors.none());
    }

    /** The grid a form describes, for the editor to show while typing (htmx); nothing is stored. */
    private void preview(Context ctx) {
        MatrixForm form = MatrixForm.of(ctx);
        Pages.render(ctx, "risk/preview.jte", MatrixPreview.of(form.sizedAsAsked(ctx)));
    }

    private void createMatrix(Context ctx) {
        MatrixForm sent = MatrixForm.of(ctx);
        MatrixForm form = sent.sizedAsAsked(ctx);
        if (!saving(ctx, sent, form)) {
            renderNew(ctx, form, MatrixPreview.of(form), FormErrors.none());
            return;
        }
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            RiskMatrixName name = errors.attempt(() -> new RiskMatrixName(form.name()));
            Optional<Description> description = errors.attempt(() -> description(form));
            Optional<OrgUnitId> unit = errors.attempt(() -> form.unit().isBlank() ? Optional.empty()
                    : Optional.of(RiskParams.id("org_unit_id", FormNumbers.id("org_unit_id", form.unit()),
                            OrgUnitId::new)));
            errors.throwIfAny();
            MatrixScoring scoring = form.scoring();
            RiskMatrixView created = create.create(RequestActors.of(ctx), new CreateRiskMatrixCommand(name,
                    description, scoring, form.isDefault(), unit));
            Pages.seeOther(ctx, MATRICES + "/" + created.id());
        }).ifPresent(errors -> renderNew(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), form, MatrixPreview.of(form),
                placed(errors)));
    }

    private void editForm(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskMatrixId id = matrixId(ctx);
        boolean frozen = editing.editing(actor, Optional.of(id)).scoringFrozen();
        RiskMatrixView matrix = get.get(actor, id);
        MatrixForm form = MatrixForm.of(matrix);
        renderEdit(ctx, matrix, frozen, form, Optional.empty(), FormErrors.none());
    }

    /**
     * The change applies only to the version the form was made from: if someone changed the matrix since, nothing is
     * written and the form comes back with what was typed, their version beside it, and the new version to send.
     */
    private void editMatrix(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskMatrixId id = matrixId(ctx);
        boolean frozen = editing.editing(actor, Optional.of(id)).scoringFrozen();
        MatrixForm sent = MatrixForm.of(ctx);
        MatrixForm form = frozen ? sent : sent.sizedAsAsked(ctx);
        if (!frozen && !saving(ctx, sent, form)) {
            renderEdit(ctx, get.get(actor, id), false, form, Optional.empty(), FormErrors.none());
            return;
        }
        AtomicBoolean changedMeanwhile = new AtomicBoolean();
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            RiskMatrixName name = errors.attempt(() -> new RiskMatrixName(form.name()));
            Optional<Description> description = errors.attempt(() -> description(form));
            errors.throwIfAny();
            Optional<MatrixScoring> scoring = frozen ? Optional.empty() : Optional.of(form.scoring());
            UpdateRiskMatrixCommand command = new UpdateRiskMatrixCommand(id, FormVersions.edited(ctx),
                    Patch.set(name), Patch.set(description.orElse(null)),
                    part(scoring, MatrixScoring::likelihoodLevels), part(scoring, MatrixScoring::impactLevels),
                    part(scoring, MatrixScoring::scores), part(scoring, MatrixScoring::bands),
                    Patch.set(form.isDefault()), Patch.keep());
            try {
                update.update(actor, command);
                Pages.seeOther(ctx, MATRICES + "/" + id.value());
            } catch (StaleVersionException changed) {
                changedMeanwhile.set(true);
            }
        }).ifPresent(errors -> renderEdit(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), get.get(actor, id), frozen,
                form, Optional.empty(), placed(errors)));
        if (changedMeanwhile.get()) {
            RiskMatrixView theirs = get.get(actor, id);
            renderEdit(ctx.status(HttpStatus.PRECONDITION_FAILED), theirs, frozen, form.atVersionOf(theirs),
                    Optional.of(theirs), FormErrors.ofForm("Someone else changed this matrix after you opened the"
                            + " form. Nothing of yours was saved: compare with their version below, then save again."));
        }
    }

    private void retireForm(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskMatrixId id = matrixId(ctx);
        editing.editing(actor, Optional.of(id));
        renderRetire(ctx, get.get(actor, id), FormErrors.none());
    }

    private void retire(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskMatrixId id = matrixId(ctx);
        FormErrors.whenRefused(() -> {
            deactivate.deactivate(actor, id);
            Pages.seeOther(ctx, MATRICES);
        }).ifPresent(errors -> renderRetire(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), get.get(actor, id),
                errors));
    }

    private void renderNew(Context ctx, MatrixForm form, MatrixPreview preview, FormErrors errors) {
        Pages.render(ctx, "risk/editor.jte", new MatrixEditorPage(Chrome.of(ctx, "New risk matrix",
                Section.ADMINISTRATION), "New risk matrix", MATRICES, MATRICES, false, false, form,
                unitOptions(RequestActors.of(ctx), form.unit()), preview, Optional.empty(), errors));
    }

    private void renderEdit(Context ctx, RiskMatrixView matrix, boolean frozen, MatrixForm form,
                            Optional<RiskMatrixView> theirs, FormErrors errors) {
        String path = MATRICES + "/" + matrix.id();
        Pages.render(ctx, "risk/editor.jte", new MatrixEditorPage(Chrome.of(ctx, "Edit " + matrix.name(),
                Section.ADMINISTRATION), "Edit " + matrix.name(), path, path, frozen, matrix.isDefault(), form,
                List.of(), frozen ? new MatrixPreview(Optional.of(MatrixGrid.of(matrix)), List.of())
                        : MatrixPreview.of(form), theirs, errors));
    }

    private void renderRetire(Context ctx, RiskMatrixView matrix, FormErrors errors) {
        Pages.render(ctx, "risk/retire.jte", new RetireMatrixPage(Chrome.of(ctx, "Retire " + matrix.name(),
                Section.ADMINISTRATION), matrix, errors));
    }

    /**
     * The units a new matrix may be placed in, for an actor who reads the organisation's units; none (the field is
     * left out, and the use case places the matrix where the actor writes) for the others.
     */
    private List<Option> unitOptions(Actor actor, String current) {
        if (!actor.scopeOf(Permission.USER_READ).unlimited()) {
            return List.of();
        }
        return units.list(actor, ListOrgUnitsQuery.all()).items().stream()
                .map(unit -> new Option(String.valueOf(unit.id()), unit.name(),
                        String.valueOf(unit.id()).equals(current)))
                .toList();
    }

    /**
     * Whether the form is to be stored: not when it was sent to be previewed or resized, nor when its size fields
     * ask for another size than the levels it holds (the new levels must be seen before they are stored).
     */
    private static boolean saving(Context ctx, MatrixForm sent, MatrixForm sized) {
        String intent = String.valueOf(ctx.formParam(INTENT));
        return !intent.equals(PREVIEW_INTENT) && !intent.equals(RESIZE_INTENT) && !sized.sizedOtherwiseThan(sent);
    }

    private static <T> Patch<T> part(Optional<MatrixScoring> scoring, Function<MatrixScoring, T> of) {
        return scoring.map(sent -> Patch.set(of.apply(sent))).orElseGet(Patch::keep);
    }

    private static Optional<Description> description(MatrixForm form) {
        return form.description().isBlank() ? Optional.empty() : Optional.of(new Description(form.description()));
    }

    /**
     * The domain words a refusal of the parts as a whole with the field it concerns first ({@code risk_scores: the
     * score at ...}, {@code risk_levels must rise ...}): such a message goes next to that part of the form.
     */
    private static FormErrors placed(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>(errors.fields());
        List<String> general = new ArrayList<>();
        for (String message : errors.general()) {
            Optional<String> part = MatrixForm.PARTS.stream().filter(message::startsWith).findFirst();
            if (part.isPresent()) {
                fields.merge(part.get(), message, (first, next) -> first + "; " + next);
            } else {
                general.add(message);
            }
        }
        return new FormErrors(fields, general);
    }

    private static RiskMatrixId matrixId(Context ctx) {
        return new RiskMatrixId(PathIds.id(ctx, "id"));
    }

    /** @param mayWrite whether the viewer holds {@code matrix:write}, to offer a new matrix */
    public record MatricesPage(Chrome chrome, List<RiskMatrixView> matrices, boolean mayWrite) {
    }

    /** The confirmation asked before a matrix is retired, or why it was not. */
    public record RetireMatrixPage(Chrome chrome, RiskMatrixView matrix, FormErrors errors) {
    }
}
