package io.aegis.adapters.web.page;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.application.port.ConflictException;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why the server refused a form, for the page that shows it again: a message next to each refused field (the
 * same messages the API gives), and those that concern the form as a whole above it.
 *
 * @param fields  by the field's name, as the form names it
 * @param general about the whole form
 */
public record FormErrors(Map<String, String> fields, List<String> general) {

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    public static FormErrors ofForm(String message) {
        return new FormErrors(Map.of(), List.of(message));
    }

    public static FormErrors ofField(String field, String message) {
        return new FormErrors(Map.of(field, message), List.of());
    }

    /** The refusal of a form's values, as the request helpers, the domain and the use cases word it. */
    static FormErrors of(BadRequestException refused) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : refused.errors()) {
            fields.merge(error.field(), error.message(), (first, next) -> first + "; " + next);
        }
        return new FormErrors(fields, fields.isEmpty() ? List.of(refused.getMessage()) : List.of());
    }

    static FormErrors of(InvalidValueException refused) {
        return ofField(refused.field(), refused.getMessage());
    }

    static FormErrors of(RuleViolationException refused) {
        return ofForm(refused.getMessage());
    }

    /**
     * Runs {@code submit}, which acts on a form: the reasons the request helpers, the domain or a use case refused
     * its values (a conflict too: a name taken, a change made meanwhile), or empty when it went through. Any other
     * failure is not the form's and propagates.
     */
    public static Optional<FormErrors> whenRefused(Runnable submit) {
        try {
            submit.run();
            return Optional.empty();
        } catch (BadRequestException refused) {
            return Optional.of(of(refused));
        } catch (InvalidValueException refused) {
            return Optional.of(of(refused));
        } catch (RuleViolationException refused) {
            return Optional.of(of(refused));
        } catch (ConflictException refused) {
            return Optional.of(ofForm(refused.getMessage()));
        }
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public Optional<String> of(String field) {
        return Optional.ofNullable(fields.get(field));
    }
}
