package io.aegis.domain.evidence;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a stored file is, as its first bytes say ({@link FileTypes#detect}), never as the client declared it. Only
 * the documents evidence is made of are accepted: PDF, images, ZIP and the Office formats built on it, UTF-8 text
 * (plain, CSV, JSON). A program, a script, or bytes nothing recognises are refused: a repository of proof is no place
 * to hand out executables from.
 */
public enum FileType {
    PDF("application/pdf", true),
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    GIF("image/gif", true),
    ZIP("application/zip", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", true),
    TEXT("text/plain; charset=utf-8", true),
    CSV("text/csv; charset=utf-8", true),
    JSON("application/json", true),
    EXECUTABLE("application/x-executable", false),
    UNKNOWN("application/octet-stream", false);

    private final String mediaType;
    private final boolean accepted;

    FileType(String mediaType, boolean accepted) {
        this.mediaType = mediaType;
        this.accepted = accepted;
    }

    /** The media type stored in {@code file_type} and sent as the download's {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    public boolean accepted() {
        return accepted;
    }

    /** @throws RuleViolationException ({@code unsupported_file_type}) for a type evidence may not have */
    public FileType requireAccepted() {
        if (!accepted) {
            throw new RuleViolationException("unsupported_file_type", "the file's content is " + mediaType
                    + "; evidence may be PDF, PNG, JPEG, GIF, ZIP (and Office documents) or UTF-8 text");
        }
        return this;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
