package io.aegis.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response: RFC 9457 {@code application/problem+json}. Fields without a value are
 * left out, so a 500 carries nothing beyond what a client needs to quote the request to support.
 *
 * @param code    a stable, machine-readable reason (an {@code AegisException} code or the status name)
 * @param allowed an extension member of an illegal lifecycle move: the statuses that move may reach instead
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors, String code, List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
