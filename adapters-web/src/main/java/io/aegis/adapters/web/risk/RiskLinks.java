package io.aegis.adapters.web.risk;

import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.domain.risk.RiskStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Links into the risk register, filtered: the register page reads the API's list parameters from its URL, so a
 * link is a view that can be bookmarked and shared.
 */
final class RiskLinks {

    static final String REGISTER = "/risks";
    /** Every open status, in lifecycle order, as {@code status=} takes them. */
    static final String OPEN_STATUSES = Arrays.stream(RiskStatus.values()).filter(RiskFilter.OPEN::contains)
            .map(RiskStatus::key).collect(Collectors.joining(","));

    private RiskLinks() {
    }

    /** The register with the parameters, given as name, value, name, value... (values already URL-safe). */
    static String register(String... parameters) {
        StringBuilder link = new StringBuilder(REGISTER);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            link.append(i == 0 ? '?' : '&').append(parameters[i]).append('=').append(parameters[i + 1]);
        }
        return link.toString();
    }

    /** The open risks, with the parameters too. */
    static String open(String... parameters) {
        List<String> all = new ArrayList<>(List.of(parameters));
        all.addAll(List.of("status", OPEN_STATUSES));
        return register(all.toArray(String[]::new));
    }
}
