package io.aegis.adapters.web.framework;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Uploads;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.framework.port.in.ControlMappingPorts;
import io.aegis.application.framework.port.in.ControlMappingSortField;
import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.in.CreateControlMappingCommand;
import io.aegis.application.framework.port.in.GetEquivalentsUseCase;
import io.aegis.application.framework.port.in.ImportControlMappingsCommand;
import io.aegis.application.framework.port.in.ListControlMappingsQuery;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import io.aegis.application.framework.port.in.UpdateControlMappingCommand;
import io.aegis.application.port.Patch;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /control-mappings} and {@code /controls/{id}/equivalents}: mappings between controls, their import from a
 * mapping file, and the walk over them. A mapping file comes as {@code multipart/form-data} with the file in the part
 * {@code file} (an OSCAL collection may also be the raw JSON body), bounded by the server's request limit; a file the
 * reader cannot read as a whole is a 400 {@code unreadable_mapping_file}.
 *
 * @param maxBytes the server's request limit, which an upload may not exceed either
 */
public record ControlMappingController(ControlMappingPorts mappings, long maxBytes) implements Controller {

    static final String PATH = "/control-mappings";
    private static final Set<String> FILTERS = Set.of("source_framework_id", "target_framework_id", "control_id",
            "mapping_type");
    private static final Set<String> IMPORT_PARAMETERS = Set.of("format", "source_framework_id",
            "target_framework_id", "skip_unknown", "dry_run");
    private static final Set<String> EQUIVALENTS_PARAMETERS = Set.of("depth");

    @Override
    public List<ApiRoute> routes() {
        return ApiRoute.collection(PATH, this::create, this::list, this::get, this::update, this::delete,
                ApiRoute.post(PATH + "/import", this::importMappings),
                ApiRoute.get("/controls/{id}/equivalents", this::equivalents));
    }

    private void create(Context ctx) {
        CreateControlMappingRequest body = JsonBodies.read(ctx, CreateControlMappingRequest.class);
        FieldErrors errors = new FieldErrors();
        ControlId source = errors.attempt(() -> controlId("source_control_id", body.sourceControlId()));
        ControlId target = errors.attempt(() -> controlId("target_control_id", body.targetControlId()));
        MappingRelationship type = errors.attempt(() -> MappingRelationship.fromKey(body.mappingType()));
        Optional<MappingRationale> rationale = errors.optional(body.mappingRationale(), MappingRationale::new);
        Optional<MappingConfidence> confidence = errors.optional(body.confidenceLevel(), MappingConfidence::fromKey);
        Optional<MappingStrength> strength = errors.optional(body.strength(), MappingStrength::new);
        errors.throwIfAny();

        ControlMappingView created = mappings.create().create(RequestActors.of(ctx), new CreateControlMappingCommand(
                source, target, new MappingTerms(type, rationale, confidence, strength)));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void get(Context ctx) {
        respond(ctx, mappings.get().get(RequestActors.of(ctx), mappingId(ctx)));
    }

    private void list(Context ctx) {
        ListParams<ControlMappingSortField> params = ListParams.parse(ctx, ControlMappingSortField.class, FILTERS);
        FieldErrors errors = new FieldErrors();
        Optional<FrameworkId> source = errors.attempt(() -> params.id("source_framework_id").map(FrameworkId::new));
        Optional<FrameworkId> target = errors.attempt(() -> params.id("target_framework_id").map(FrameworkId::new));
        Optional<ControlId> control = errors.attempt(() -> params.id("control_id").map(ControlId::new));
        Set<MappingRelationship> types = errors.attempt(() -> params.keys("mapping_type",
                MappingRelationship.values(), MappingRelationship::key));
        errors.throwIfAny();
        ListControlMappingsQuery query = new ListControlMappingsQuery(source, target, control, types, params.sort(),
                params.page());
        ctx.json(ListResponse.of(mappings.list().list(RequestActors.of(ctx), query), ControlMappingResponse::of));
    }

    private void update(Context ctx) {
        ControlMappingId id = mappingId(ctx);
        UpdateControlMappingRequest body = JsonBodies.readChanges(ctx, UpdateControlMappingRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<MappingRelationship> type = errors.attempt(() -> body.mappingType().map(MappingRelationship::fromKey));
        Patch<MappingRationale> rationale = errors.attempt(() -> body.mappingRationale().map(MappingRationale::new));
        Patch<MappingConfidence> confidence = errors.attempt(
                () -> body.confidenceLevel().map(MappingConfidence::fromKey));
        Patch<MappingStrength> strength = errors.attempt(() -> body.strength().map(MappingStrength::new));
        errors.throwIfAny();
        respond(ctx, mappings.update().update(RequestActors.of(ctx), new UpdateControlMappingCommand(id,
                Versions.expected(ctx), type, rationale, confidence, strength)));
    }

    private void delete(Context ctx) {
        mappings.delete().delete(RequestActors.of(ctx), mappingId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** {@code ?depth=1..5}, 3 by default. */
    private void equivalents(Context ctx) {
        ControlId control = new ControlId(PathIds.id(ctx, "id"));
        ListParams<ControlMappingSortField> params = ListParams.unpaged(ctx, ControlMappingSortField.class,
                EQUIVALENTS_PARAMETERS, false);
        FieldErrors errors = new FieldErrors();
        Integer depth = errors.attempt(() -> params.text("depth").map(text -> whole("depth", text))
                .orElse(GetEquivalentsUseCase.DEFAULT_DEPTH));
        errors.throwIfAny();
        ctx.json(EquivalentsResponse.of(mappings.equivalents().equivalents(RequestActors.of(ctx), control, depth)));
    }

    /** {@code ?format=oscal|csv&source_framework_id=&target_framework_id=&skip_unknown=&dry_run=}. */
    private void importMappings(Context ctx) {
        ListParams<ControlMappingSortField> params = ListParams.unpaged(ctx, ControlMappingSortField.class,
                IMPORT_PARAMETERS, false);
        FieldErrors errors = new FieldErrors();
        MappingFormat format = errors.attempt(() -> MappingFormat.fromKey(params.text("format").orElse(null)));
        FrameworkId source = errors.attempt(() -> required(params.id("source_framework_id"), "source_framework_id"));
        FrameworkId target = errors.attempt(() -> required(params.id("target_framework_id"), "target_framework_id"));
        Boolean skipUnknown = errors.attempt(() -> params.flag("skip_unknown"));
        Boolean dryRun = errors.attempt(() -> params.flag("dry_run"));
        errors.throwIfAny();
        boolean json = ctx.contentType() != null && ctx.contentType().toLowerCase(Locale.ROOT)
                .startsWith("application/json");
        try (InputStream file = json ? ctx.bodyInputStream()
                : Uploads.file(ctx, maxBytes, "the mapping file").content()) {
            ctx.json(MappingImportResponse.of(mappings.importMappings().importMappings(RequestActors.of(ctx),
                    new ImportControlMappingsCommand(file, format, source, target, skipUnknown, dryRun))));
        } catch (UnreadableMappingFileException e) {
            throw BadRequestException.unreadableFile(e.code(), e.getMessage());
        } catch (IOException e) {
            throw new BadRequestException("the upload could not be read");
        }
    }

    private static void respond(Context ctx, ControlMappingView view) {
        Versions.respond(ctx, view.version(), ControlMappingResponse.of(view));
    }

    private static ControlMappingId mappingId(Context ctx) {
        return new ControlMappingId(PathIds.id(ctx, "id"));
    }

    private static ControlId controlId(String field, Long raw) {
        if (raw == null || raw <= 0 || raw > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, "is required: the id of a control");
        }
        return new ControlId(raw);
    }

    private static FrameworkId required(Optional<Long> id, String field) {
        return new FrameworkId(id.orElseThrow(() -> new InvalidValueException(field,
                "is required: the id of a framework")));
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number");
        }
    }
}
