package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.CsvDownloads;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.asset.port.in.AssetImportReport;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetUseCase;
import io.aegis.application.asset.port.in.ExportAssetsUseCase;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.ListAssetRelationshipsUseCase;
import io.aegis.application.asset.port.in.ListAssetsUseCase;
import io.aegis.application.asset.port.in.RelationshipDirection;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.AssetRiskView;
import io.aegis.application.risk.port.in.GetAssetRiskUseCase;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The asset inventory in the browser: the list with the API's filters, sort and paging in its URL and its export,
 * an asset's page (what it depends on, what depends on it, the risk it carries rolled up over its dependencies), and
 * the CSV import with its report row by row. The same use cases as the asset and roll-up routes.
 */
public record InventoryPages(ListAssetsUseCase list, GetAssetUseCase get, CreateAssetUseCase create,
                             ExportAssetsUseCase export,
                             ListAssetRelationshipsUseCase relationships, GetAssetRiskUseCase exposure,
                             AssetImportRoute imports) implements PageController {

    static final String INVENTORY = "/assets";
    /** The worst risks an asset's page lists; the counts cover them all. */
    private static final int LISTED_RISKS = 10;
    /** The relationships an asset's page lists each way. */
    private static final int LISTED_RELATIONSHIPS = 100;
    /** The columns the new-asset form asks for; the others wait for the asset's own page or an import. */
    private static final List<String> FORM_FIELDS = List.of("name", "asset_type", "criticality", "hostname",
            "ip_address", "description");

    @Override
    public List<PageRoute> pages() {
        // the fixed paths before /assets/{id}, which would take them for an id
        return List.of(
                PageRoute.get(INVENTORY, this::inventory),
                PageRoute.get(INVENTORY + "/export.csv", this::exportCsv),
                PageRoute.get(INVENTORY + "/import", this::importForm),
                PageRoute.post(INVENTORY + "/import", this::importFile),
                PageRoute.get(INVENTORY + "/new", this::newAssetForm),
                PageRoute.post(INVENTORY, this::record),
                PageRoute.get(INVENTORY + "/{id}", this::assetPage));
    }

    private void inventory(Context ctx) {
        Optional<String> tidy = PageLinks.withoutEmptyParameters(ctx);
        if (tidy.isPresent()) {
            Pages.seeOther(ctx, tidy.get());
            return;
        }
        ListParams<AssetSortField> params = ListParams.parse(ctx, AssetSortField.class, AssetController.FILTERS);
        Page<AssetView> page = list.list(RequestActors.of(ctx), AssetController.query(params));
        Pages.render(ctx, "asset/inventory.jte", InventoryPage.of(ctx, Chrome.of(ctx, "Assets", Section.ASSETS),
                params, page));
    }

    private void exportCsv(Context ctx) {
        ListParams<AssetSortField> params = CsvDownloads.parameters(ctx, AssetSortField.class,
                AssetController.FILTERS);
        CsvDownloads.send(ctx, "assets.csv", export.export(RequestActors.of(ctx),
                AssetController.query(params))::writeTo);
    }

    private void importForm(Context ctx) {
        renderImport(ctx, Optional.empty(), FormErrors.none());
    }

    private void importFile(Context ctx) {
        AtomicReference<AssetImportReport> report = new AtomicReference<>();
        FormErrors.whenRefused(() -> report.set(imports.importForm(ctx))).ifPresentOrElse(
                errors -> renderImport(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), Optional.empty(), errors),
                () -> renderImport(ctx, Optional.of(ImportPage.Report.of(report.get())), FormErrors.none()));
    }

    private void newAssetForm(Context ctx) {
        renderNewAsset(ctx, Map.of(), FormErrors.none());
    }

    private void record(Context ctx) {
        Map<String, String> typed = new HashMap<>();
        FORM_FIELDS.forEach(field -> typed.put(field, Forms.text(ctx, field)));
        FormErrors.whenRefused(() -> {
            Map<String, Object> sent = new HashMap<>();
            typed.forEach((field, value) -> {
                if (!value.isBlank()) {
                    sent.put(field, value.strip());
                }
            });
            List<InvalidValueException> errors = new ArrayList<>();
            AssetProfile profile = AssetProfileFields.create(sent, errors);
            FieldErrors.throwIfAny(errors);
            AssetView created = create.create(RequestActors.of(ctx), new CreateAssetCommand(profile,
                    Optional.empty()));
            Pages.seeOther(ctx, INVENTORY + "/" + created.id());
        }).ifPresent(errors -> renderNewAsset(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), typed, errors));
    }

    private void renderNewAsset(Context ctx, Map<String, String> typed, FormErrors errors) {
        Pages.render(ctx, "asset/new.jte", NewAssetPage.of(Chrome.of(ctx, "Add an asset", Section.ASSETS), typed,
                errors));
    }

    private void assetPage(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        AssetId id = new AssetId(PathIds.id(ctx, "id"));
        AssetView asset = get.get(actor, id);
        List<AssetRelationshipView> dependsOn = relationshipsOf(actor, id, RelationshipDirection.OUTGOING);
        List<AssetRelationshipView> dependents = relationshipsOf(actor, id, RelationshipDirection.INCOMING);
        AssetRiskView risk = exposure.exposure(actor, id, LISTED_RISKS);
        Pages.render(ctx, "asset/asset.jte", AssetPage.of(Chrome.of(ctx, asset.name(), Section.ASSETS), asset,
                dependsOn, dependents, risk));
    }

    private List<AssetRelationshipView> relationshipsOf(Actor actor, AssetId id, RelationshipDirection direction) {
        ListAssetRelationshipsQuery all = ListAssetRelationshipsQuery.all();
        return relationships.listOfAsset(actor, new ListAssetRelationshipsQuery(Optional.of(id), direction,
                Optional.empty(), Optional.empty(), all.types(), Optional.empty(), all.sort(),
                new PageRequest(LISTED_RELATIONSHIPS, 0))).items();
    }

    private void renderImport(Context ctx, Optional<ImportPage.Report> report, FormErrors errors) {
        Pages.render(ctx, "asset/import.jte", new ImportPage(Chrome.of(ctx, "Import assets", Section.ASSETS), report,
                errors));
    }
}
