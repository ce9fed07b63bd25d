package io.aegis.adapters.web.framework;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Uploads;
import io.aegis.application.framework.port.in.ControlSortField;
import io.aegis.application.framework.port.in.FrameworkPorts;
import io.aegis.application.framework.port.in.FrameworkSortField;
import io.aegis.application.framework.port.in.ImportBaselineCommand;
import io.aegis.application.framework.port.in.ImportCatalogCommand;
import io.aegis.application.framework.port.in.ListControlsQuery;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /frameworks}, {@code /controls} and {@code /catalogs/bundled}: frameworks and their controls (flat or as a
 * tree), baselines, and the imports of catalog files, baseline profiles and the catalogs shipped inside Aegis.
 * A catalog or profile comes as {@code multipart/form-data} with the file (JSON or XML, told apart by the reader) in
 * the part {@code file}, or as the raw JSON body, bounded by the server's request limit (413 beyond it); a file the
 * reader cannot read as a whole is a 400 {@code unreadable_catalog}.
 *
 * @param maxBytes the server's request limit, which an upload may not exceed either
 */
public record FrameworkController(FrameworkPorts frameworks, long maxBytes) implements Controller {

    static final String PATH = "/frameworks";
    private static final Set<String> FRAMEWORK_FILTERS = Set.of("q", "framework_type", "organization",
            "include_inactive");
    private static final Set<String> CONTROL_FILTERS = Set.of("view", "q", "control_type", "is_group", "is_active",
            "parent_id", "baseline_id");
    private static final Set<String> TREE_FILTERS = Set.of("view", "q");
    private static final Set<String> IMPORT_PARAMETERS = Set.of("dry_run");

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH + "/import", this::importCatalog),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.get(PATH + "/{id}/controls", this::controls),
                ApiRoute.get(PATH + "/{id}/baselines", this::baselines),
                ApiRoute.post(PATH + "/{id}/baselines/import", this::importBaseline),
                ApiRoute.get("/controls/{id}", this::control),
                ApiRoute.get("/catalogs/bundled", this::bundled),
                ApiRoute.post("/catalogs/bundled/{key}/import", this::importBundled));
    }

    private void list(Context ctx) {
        ListParams<FrameworkSortField> params = ListParams.parse(ctx, FrameworkSortField.class, FRAMEWORK_FILTERS);
        FieldErrors errors = new FieldErrors();
        Boolean inactive = errors.attempt(() -> params.flag("include_inactive"));
        errors.throwIfAny();
        ListFrameworksQuery query = new ListFrameworksQuery(params.text("q"), params.text("framework_type"),
                params.text("organization"), inactive, params.sort(), params.page());
        ctx.json(ListResponse.of(frameworks.listFrameworks().list(RequestActors.of(ctx), query),
                FrameworkResponse::of));
    }

    private void get(Context ctx) {
        ctx.json(FrameworkResponse.of(frameworks.getFramework().get(RequestActors.of(ctx), frameworkId(ctx))));
    }

    /** {@code view=flat} (the default): a page of controls; {@code view=tree}: every control, nested. */
    private void controls(Context ctx) {
        FrameworkId framework = frameworkId(ctx);
        String view = Optional.ofNullable(ctx.queryParam("view")).orElse("flat");
        if (view.equals("tree")) {
            ListParams<ControlSortField> params = ListParams.unpaged(ctx, ControlSortField.class, TREE_FILTERS,
                    false);
            ctx.json(ControlTreeResponse.of(frameworks.getControlTree().tree(RequestActors.of(ctx), framework,
                    params.text("q"))));
            return;
        }
        if (!view.equals("flat")) {
            throw BadRequestException.invalidValues(List.of(new FieldError("view", "must be flat or tree")));
        }
        ListParams<ControlSortField> params = ListParams.parse(ctx, ControlSortField.class, CONTROL_FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<Boolean> group = errors.attempt(() -> params.optionalFlag("is_group"));
        Optional<Boolean> active = errors.attempt(() -> params.optionalFlag("is_active"));
        Optional<ControlId> parent = errors.attempt(() -> params.id("parent_id").map(ControlId::new));
        Optional<BaselineId> baseline = errors.attempt(() -> params.id("baseline_id").map(BaselineId::new));
        errors.throwIfAny();
        ListControlsQuery query = new ListControlsQuery(framework, params.text("q"), params.text("control_type"),
                group, active, parent, baseline, params.sort(), params.page());
        ctx.json(ListResponse.of(frameworks.listControls().list(RequestActors.of(ctx), query),
                ControlResponse::of));
    }

    private void baselines(Context ctx) {
        ctx.json(frameworks.listBaselines().list(RequestActors.of(ctx), frameworkId(ctx)).stream()
                .map(BaselineResponse::of).toList());
    }

    private void control(Context ctx) {
        ctx.json(ControlDetailResponse.of(frameworks.getControl().get(RequestActors.of(ctx),
                new ControlId(PathIds.id(ctx, "id")))));
    }

    private void bundled(Context ctx) {
        ctx.json(frameworks.listBundledCatalogs().list(RequestActors.of(ctx)).stream()
                .map(BundledCatalogResponse::of).toList());
    }

    private void importCatalog(Context ctx) {
        boolean dryRun = dryRun(ctx);
        ctx.json(CatalogImportResponse.of(read(ctx, "the catalog", file -> frameworks.importCatalog()
                .importCatalog(RequestActors.of(ctx), new ImportCatalogCommand(file, dryRun)))));
    }

    private void importBaseline(Context ctx) {
        FrameworkId framework = frameworkId(ctx);
        ctx.json(BaselineImportResponse.of(read(ctx, "the baseline profile", file -> frameworks.importBaseline()
                .importBaseline(RequestActors.of(ctx), new ImportBaselineCommand(framework, file)))));
    }

    private void importBundled(Context ctx) {
        boolean dryRun = dryRun(ctx);
        ctx.json(BundledImportResponse.of(frameworks.importBundledCatalog().importBundled(RequestActors.of(ctx),
                ctx.pathParam("key"), dryRun)));
    }

    /**
     * Hands the upload's content (the raw body when it is JSON) to {@code importer}; a file its reader refuses is the
     * upload's 400.
     */
    <T> T read(Context ctx, String holding, Function<InputStream, T> importer) {
        boolean json = ctx.contentType() != null && ctx.contentType().toLowerCase(Locale.ROOT)
                .startsWith("application/json");
        try (InputStream content = json ? ctx.bodyInputStream() : Uploads.file(ctx, maxBytes, holding).content()) {
            return importer.apply(content);
        } catch (UnreadableCatalogException e) {
            throw BadRequestException.unreadableFile(e.code(), e.getMessage());
        } catch (IOException e) {
            throw new BadRequestException("the upload could not be read");
        }
    }

    private static boolean dryRun(Context ctx) {
        ListParams<FrameworkSortField> params = ListParams.unpaged(ctx, FrameworkSortField.class, IMPORT_PARAMETERS,
                false);
        FieldErrors errors = new FieldErrors();
        // null when refused: unboxed only once no error was collected
        Boolean dryRun = errors.attempt(() -> params.flag("dry_run"));
        errors.throwIfAny();
        return dryRun;
    }

    private static FrameworkId frameworkId(Context ctx) {
        return new FrameworkId(PathIds.id(ctx, "id"));
    }
}
