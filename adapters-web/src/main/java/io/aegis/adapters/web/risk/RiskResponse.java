package io.aegis.adapters.web.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aegis.application.risk.port.in.RiskView;

/** A risk in the API: the view's fields in snake_case, with {@code active} under its column name. */
public record RiskResponse(@JsonUnwrapped @JsonIgnoreProperties("active") RiskView risk) {

    @JsonProperty("is_active")
    public boolean isActive() {
        return risk.active();
    }
}
