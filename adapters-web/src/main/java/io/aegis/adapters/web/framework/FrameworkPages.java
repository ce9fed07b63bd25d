package io.aegis.adapters.web.framework;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.ListControlLinksUseCase;
import io.aegis.application.framework.port.in.BaselineImportReport;
import io.aegis.application.framework.port.in.BaselineView;
import io.aegis.application.framework.port.in.BundledCatalogView;
import io.aegis.application.framework.port.in.BundledImportReport;
import io.aegis.application.framework.port.in.CatalogImportReport;
import io.aegis.application.framework.port.in.ControlDetailView;
import io.aegis.application.framework.port.in.ControlTreeView;
import io.aegis.application.framework.port.in.EquivalentsView;
import io.aegis.application.framework.port.in.FrameworkPorts;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.GetEquivalentsUseCase;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /frameworks}: the frameworks with a catalog upload (and its dry run) and the bundled catalogs to load,
 * a framework's control tree with a search by control id and text, and a control's page with the controls its
 * mappings reach. The same use cases as the API; an upload is read by the API's route
 * ({@link FrameworkController#read}).
 */
public record FrameworkPages(FrameworkPorts frameworks, GetEquivalentsUseCase equivalents,
                             FrameworkController uploads, ListControlLinksUseCase evidence)
        implements PageController {

    static final String FRAMEWORKS = "/frameworks";

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(FRAMEWORKS, this::frameworksPage),
                PageRoute.post(FRAMEWORKS + "/import", this::importFile),
                PageRoute.post(FRAMEWORKS + "/bundled/{key}/import", this::importBundled),
                PageRoute.get(FRAMEWORKS + "/{id}", this::frameworkPage),
                PageRoute.get("/controls/{id}", this::controlPage));
    }

    private void frameworksPage(Context ctx) {
        renderFrameworks(ctx, FormErrors.none());
    }

    private void importFile(Context ctx) {
        boolean dryRun = "true".equals(ctx.formParam("dry_run"));
        AtomicReference<CatalogImportReport> report = new AtomicReference<>();
        FormErrors.whenRefused(() -> report.set(uploads.read(ctx, "the catalog", file -> frameworks.importCatalog()
                .importCatalog(RequestActors.of(ctx), new ImportCatalogCommand(file, dryRun))))).ifPresentOrElse(
                errors -> renderFrameworks(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), errors),
                () -> renderReport(ctx, report.get(), List.of()));
    }

    private void importBundled(Context ctx) {
        boolean dryRun = "true".equals(ctx.formParam("dry_run"));
        BundledImportReport report = frameworks.importBundledCatalog().importBundled(RequestActors.of(ctx),
                ctx.pathParam("key"), dryRun);
        renderReport(ctx, report.catalog(), report.baselines());
    }

    private void frameworkPage(Context ctx) {
        FrameworkId id = new FrameworkId(PathIds.id(ctx, "id"));
        FrameworkView framework = frameworks.getFramework().get(RequestActors.of(ctx), id);
        Optional<String> search = Optional.ofNullable(ctx.queryParam("q")).map(String::strip)
                .filter(text -> !text.isEmpty());
        ControlTreeView tree = frameworks.getControlTree().tree(RequestActors.of(ctx), id, search);
        List<BaselineView> baselines = frameworks.listBaselines().list(RequestActors.of(ctx), id);
        Pages.render(ctx, "framework/framework.jte", new FrameworkPage(Chrome.of(ctx, framework.name(),
                Section.FRAMEWORKS), framework, tree, search.orElse(""), baselines));
    }

    private void controlPage(Context ctx) {
        ControlDetailView control = frameworks.getControl().get(RequestActors.of(ctx),
                new ControlId(PathIds.id(ctx, "id")));
        FrameworkView framework = frameworks.getFramework().get(RequestActors.of(ctx),
                new FrameworkId(control.control().frameworkId()));
        EquivalentsView mapped = equivalents.equivalents(RequestActors.of(ctx),
                new ControlId(control.control().id()), GetEquivalentsUseCase.DEFAULT_DEPTH);
        // the evidence section is shown to those who read evidence; restricted evidence only to whom it is open
        boolean readsEvidence = RequestActors.of(ctx).may(Permission.EVIDENCE_READ);
        List<ControlLinkView> linked = readsEvidence ? evidence.ofControl(RequestActors.of(ctx),
                new ControlId(control.control().id())) : List.of();
        Pages.render(ctx, "framework/control.jte", new ControlPage(Chrome.of(ctx, control.control().controlId()
                + " " + control.control().title(), Section.FRAMEWORKS), framework, control, mapped, readsEvidence,
                linked));
    }

    private void renderFrameworks(Context ctx, FormErrors errors) {
        var actor = RequestActors.of(ctx);
        ListFrameworksQuery all = ListFrameworksQuery.all();
        List<FrameworkView> listed = frameworks.listFrameworks().list(actor, new ListFrameworksQuery(all.text(),
                all.frameworkType(), all.organization(), true, all.sort(), new PageRequest(PageRequest.MAX_LIMIT, 0)))
                .items();
        // the import forms are offered to those who may import; the use cases refuse anybody else anyway
        boolean mayImport = actor.may(Permission.FRAMEWORK_WRITE);
        List<BundledCatalogView> bundled = mayImport ? frameworks.listBundledCatalogs().list(actor) : List.of();
        Pages.render(ctx, "framework/frameworks.jte", new FrameworksPage(Chrome.of(ctx, "Frameworks",
                Section.FRAMEWORKS), listed, mayImport, bundled, errors));
    }

    private void renderReport(Context ctx, CatalogImportReport catalog, List<BaselineImportReport> baselines) {
        Pages.render(ctx, "framework/import-report.jte", new ImportReportPage(Chrome.of(ctx,
                catalog.dryRun() ? "Dry run of " + catalog.name() : "Imported " + catalog.name(),
                Section.FRAMEWORKS), catalog, baselines));
    }

    public record FrameworksPage(Chrome chrome, List<FrameworkView> frameworks, boolean mayImport,
                                 List<BundledCatalogView> bundled, FormErrors errors) {
    }

    public record ImportReportPage(Chrome chrome, CatalogImportReport catalog, List<BaselineImportReport> baselines) {
    }

    /** @param search the text the tree was searched for, empty for the whole tree */
    public record FrameworkPage(Chrome chrome, FrameworkView framework, ControlTreeView tree, String search,
                                List<BaselineView> baselines) {
    }

    /**
     * @param mapped        the controls this one reaches through mappings, nearest first
     * @param readsEvidence whether the reader reads evidence: the evidence section is theirs
     * @param evidence      the evidence linked to this control that the reader may read
     */
    public record ControlPage(Chrome chrome, FrameworkView framework, ControlDetailView detail,
                              EquivalentsView mapped, boolean readsEvidence, List<ControlLinkView> evidence) {
    }
}
