package io.aegis.adapters.web.evidence;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.StreamingMultipart;
import io.aegis.application.evidence.port.in.EvidenceUpload;
import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.application.evidence.port.in.UploadedEvidence;
import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.EvidenceFileName;
import io.aegis.domain.evidence.Sensitivity;
import io.aegis.domain.shared.Rfc3339;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An evidence upload as a {@code multipart/form-data} body: the file in the part {@code file} (its name from the
 * part's {@code filename}), the metadata in text parts named as the API's fields, in any order. Read as a stream
 * ({@link StreamingMultipart}): the file's bytes go straight to the receiver, the fields are small and bounded.
 * The API and the upload page read it alike.
 */
final class MultipartEvidenceUpload {

    static final Set<String> FIELDS = Set.of("title", "evidence_type", "description", "category", "source_system",
            "collection_date", "retention_date", "sensitivity_level");
    /** Room for the fields beside the file: a description of 10 000 characters is at most 40 000 bytes. */
    static final long FIELDS_ALLOWANCE = 256 * 1024;
    private static final int MAX_FIELD_BYTES = 48 * 1024;
    private static final String FILE = "file";

    private final InputStream body;
    private final String contentType;
    private final long maxFileBytes;

    MultipartEvidenceUpload(InputStream body, String contentType, long maxFileBytes) {
        this.body = body;
        this.contentType = contentType;
        this.maxFileBytes = maxFileBytes;
    }

    /** The upload as the use case reads it. */
    EvidenceUpload upload() {
        return new EvidenceUpload(this::read);
    }

    private UploadedEvidence read(Function<InputStream, ReceivedFile> receiver) {
        StreamingMultipart parts = StreamingMultipart.of(body, contentType);
        Map<String, String> fields = new HashMap<>();
        ReceivedFile file = null;
        String fileName = null;
        for (Optional<StreamingMultipart.Part> next = parts.next(); next.isPresent(); next = parts.next()) {
            StreamingMultipart.Part part = next.get();
            if (part.name().equals(FILE)) {
                if (file != null) {
                    throw BadRequestException.forField(FILE, "only one file per upload");
                }
                fileName = part.fileName().orElseThrow(() -> BadRequestException.forField(FILE,
                        "must be a file part, with a filename"));
                file = receiver.apply(new FileLimit(parts.content(), maxFileBytes));
            } else if (FIELDS.contains(part.name())) {
                if (fields.put(part.name(), parts.text(part.name(), MAX_FIELD_BYTES)) != null) {
                    throw BadRequestException.forField(part.name(), "is given twice");
                }
            } else {
                throw BadRequestException.forField(part.name(), "is not a field of an evidence upload; the fields are "
                        + FIELDS + " and the part 'file'");
            }
        }
        return uploaded(fields, fileName, file);
    }

    private static UploadedEvidence uploaded(Map<String, String> fields, String fileName, ReceivedFile file) {
        FieldErrors errors = new FieldErrors();
        EvidenceFileName name = file == null ? null : errors.attempt(() -> new EvidenceFileName(fileName));
        EvidenceDetails details = errors.attempt(() -> new EvidenceDetails(fields.get("title"),
                fields.get("evidence_type"), fields.get("description"), fields.get("category"),
                fields.get("source_system"), date("collection_date", fields.get("collection_date")),
                date("retention_date", fields.get("retention_date")),
                blank(fields.get("sensitivity_level")) ? null
                        : Sensitivity.parse("sensitivity_level", fields.get("sensitivity_level"))));
        errors.throwIfAny();
        if (file == null) {
            throw BadRequestException.forField(FILE, "is required: a part named 'file' holding the evidence");
        }
        return new UploadedEvidence(details, name, file);
    }

    /** An RFC 3339 timestamp, or a date alone (a date input's value), taken as its start in UTC. */
    static Instant date(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return Rfc3339.parse(field, raw.strip());
        }
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
