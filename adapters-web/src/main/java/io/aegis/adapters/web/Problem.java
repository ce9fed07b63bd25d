package io.aegis.adapters.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of every error response: RFC 9457 {@code application/problem+json}. Fields without a value are
 * left out, so a 500 carries nothing beyond what a client needs to quote the request to support.
 *
 * @param code       a stable, machine-readable reason (an {@code AegisException} code or the status name)
 * @param extensions RFC 9457 extension members, rendered beside the others: what a client needs to act on this
 *                   particular problem (the moves a lifecycle allows, the rows an import refused)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors, String code, @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
}
