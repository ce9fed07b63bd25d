package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortField;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Keys;
import io.aegis.domain.shared.Rfc3339;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query string of a list route: {@code limit}, {@code offset}, {@code sort} and the route's own
 * filters. Anything else is a 400, never silently ignored: a misspelt filter would otherwise return
 * the unfiltered list and look like an answer.
 */
public final class ListParams<F extends Enum<F> & SortField> {

    private static final Set<String> PAGING = Set.of("limit", "offset", "sort");
    private static final Set<String> KEYSET_PAGING = Set.of("limit", "offset", "sort", "cursor");
    private static final Set<String> SORT_ONLY = Set.of("sort");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_SORT_FIELDS = 5;
    private static final int MAX_VALUE_LENGTH = 200;

    private final Map<String, String> values;
    private final PageRequest page;
    private final List<SortOrder<F>> sort;

    private ListParams(Map<String, String> values, PageRequest page, List<SortOrder<F>> sort) {
        this.values = values;
        this.page = page;
        this.sort = sort;
    }

    /**
     * @param sortFields the fields this list can be sorted by
     * @param filters    the names of this list's filter parameters
     */
    public static <F extends Enum<F> & SortField> ListParams<F> parse(Context ctx, Class<F> sortFields,
                                                                      Set<String> filters) {
        return parse(ctx, sortFields, filters, PAGING);
    }

    /**
     * The query string of a list that also pages by keys: {@code cursor}, the {@code next_cursor} of the page before
     * ({@link #nextCursor}), given with the same sort and filters and instead of {@code offset}.
     */
    public static <F extends Enum<F> & SortField> ListParams<F> keyset(Context ctx, Class<F> sortFields,
                                                                       Set<String> filters) {
        return parse(ctx, sortFields, filters, KEYSET_PAGING);
    }

    /**
     * The query string of a route that answers every match at once (an export, a heat map): its filters, and
     * {@code sort} when {@code sorted}; {@code limit} and {@code offset} are unknown parameters there.
     */
    public static <F extends Enum<F> & SortField> ListParams<F> unpaged(Context ctx, Class<F> sortFields,
                                                                        Set<String> filters, boolean sorted) {
        return parse(ctx, sortFields, filters, sorted ? SORT_ONLY : Set.of());
    }

    private static <F extends Enum<F> & SortField> ListParams<F> parse(Context ctx, Class<F> sortFields,
                                                                       Set<String> filters, Set<String> paging) {
        Map<String, List<String>> query = ctx.queryParamMap();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        query.forEach((name, given) -> {
            if (!paging.contains(name) && !filters.contains(name)) {
                errors.add(new FieldError(name, "is not a known parameter of this route; known: "
                        + String.join(", ", known(paging, filters))));
            } else if (given.size() != 1) {
                errors.add(new FieldError(name, "may be given only once"));
            } else {
                values.put(name, given.get(0));
            }
        });
        if (!errors.isEmpty()) {
            throw new BadRequestException("the query string is invalid", errors);
        }
        FieldErrors tooLong = new FieldErrors();
        values.forEach((name, value) -> tooLong.attempt(() -> {
            int maxLength = name.equals("cursor") ? Cursors.MAX_LENGTH : MAX_VALUE_LENGTH;
            if (value.length() > maxLength) {
                throw new InvalidValueException(name, "must be at most " + maxLength + " characters");
            }
            return value;
        }));
        tooLong.throwIfAny();
        int limit = integer(values, "limit", PageRequest.DEFAULT_LIMIT);
        int offset = integer(values, "offset", 0);
        FieldErrors pageErrors = new FieldErrors();
        PageRequest page = pageErrors.attempt(() -> new PageRequest(limit, offset,
                Optional.ofNullable(values.get("cursor")).map(cursor -> Cursors.decode(cursor, values))));
        pageErrors.throwIfAny();
        return new ListParams<>(values, page, sort(values.get("sort"), sortFields));
    }

    public PageRequest page() {
        return page;
    }

    /** The {@code cursor} that asks for the page after {@code page} with this request's sort and filters. */
    public Optional<String> nextCursor(Page<?> page) {
        return page.next().map(key -> Cursors.encode(key, values));
    }

    /** Empty when the client named no order: the use case then applies the list's default. */
    public List<SortOrder<F>> sort() {
        return sort;
    }

    public Optional<String> text(String filter) {
        return Optional.ofNullable(values.get(filter)).filter(value -> !value.isBlank());
    }

    /** {@code true} or {@code false}; false when absent. */
    public boolean flag(String filter) {
        return optionalFlag(filter).orElse(false);
    }

    /** {@code true} or {@code false}; empty when absent, for filters where "either" is the default. */
    public Optional<Boolean> optionalFlag(String filter) {
        return Optional.ofNullable(values.get(filter)).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException(filter, "must be true or false");
        });
    }

    /** A row id, spelt as in paths ({@link CanonicalIds#parse}); collect with FieldErrors. */
    public Optional<Long> id(String filter) {
        return text(filter).map(raw -> CanonicalIds.parse(raw).orElseThrow(
                () -> new InvalidValueException(filter, "must be a positive whole number")));
    }

    /**
     * An RFC 3339 timestamp, or a date {@code YYYY-MM-DD} standing for the start of that day in UTC; the offset is
     * required, so that no server's time zone ever decides.
     */
    public Optional<Instant> instant(String filter) {
        return text(filter).map(raw -> DATE.matcher(raw).matches() ? startOfDay(filter, raw)
                : Rfc3339.parse(filter, raw));
    }

    /**
     * The keys of an enum, comma separated ({@code status=assessed,mitigating}): the rows having any of them. Empty
     * when absent; every key is checked, an empty one or a repeat included.
     */
    public <E extends Enum<E>> Set<E> keys(String filter, E[] values, Function<E, String> key) {
        Set<E> keys = new LinkedHashSet<>();
        for (String raw : texts(filter)) {
            if (!keys.add(Keys.parse(filter, raw, values, key))) {
                throw new InvalidValueException(filter, "names '" + raw + "' twice");
            }
        }
        return keys;
    }

    /** Texts, comma separated, each matched exactly; empty when absent. A text cannot hold a comma here. */
    public List<String> texts(String filter) {
        Optional<String> given = text(filter);
        if (given.isEmpty()) {
            return List.of();
        }
        List<String> texts = List.of(given.get().split(",", -1));
        if (texts.stream().anyMatch(String::isBlank)) {
            throw new InvalidValueException(filter, "must be a comma-separated list without empty entries");
        }
        return texts;
    }

    private static Instant startOfDay(String filter, String raw) {
        try {
            return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(filter, "must be a date YYYY-MM-DD or an RFC 3339 date-time");
        }
    }

    private static int integer(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number");
        }
    }

    private static <F extends Enum<F> & SortField> List<SortOrder<F>> sort(String spec, Class<F> fields) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        List<SortOrder<F>> order = new ArrayList<>();
        Set<F> seen = new HashSet<>();
        for (String token : spec.split(",", -1)) {
            boolean descending = token.startsWith("-");
            String key = descending ? token.substring(1) : token;
            F field = Arrays.stream(fields.getEnumConstants()).filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("sort", "cannot sort by '" + key
                            + "'; sortable: " + Arrays.stream(fields.getEnumConstants()).map(SortField::key)
                            .collect(Collectors.joining(", "))));
            if (!seen.add(field)) {
                throw new InvalidValueException("sort", "names '" + key + "' twice");
            }
            order.add(new SortOrder<>(field, descending));
        }
        if (order.size() > MAX_SORT_FIELDS) {
            throw new InvalidValueException("sort", "may name at most " + MAX_SORT_FIELDS + " fields");
        }
        return order;
    }

    private static List<String> known(Set<String> paging, Set<String> filters) {
        List<String> names = new ArrayList<>(paging);
        names.addAll(filters);
        names.sort(null);
        return names;
    }
}
