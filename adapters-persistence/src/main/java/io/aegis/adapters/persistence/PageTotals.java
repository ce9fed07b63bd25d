package io.aegis.adapters.persistence;

import io.aegis.application.port.PageRequest;
import java.util.function.LongSupplier;

/**
 * A list's total without counting when its page already shows it: a page shorter than its limit, and not empty past
 * the end, is the list's last, so the total is the rows before it plus its own. Only a full page, or an empty one
 * beyond the first, needs the count over every match.
 */
public final class PageTotals {

    private PageTotals() {
    }

    public static long total(PageRequest page, int rowsOnPage, LongSupplier count) {
        boolean lastPage = rowsOnPage < page.limit() && (rowsOnPage > 0 || page.offset() == 0);
        return lastPage ? (long) page.offset() + rowsOnPage : count.getAsLong();
    }
}
