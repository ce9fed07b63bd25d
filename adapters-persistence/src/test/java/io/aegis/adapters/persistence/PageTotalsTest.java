package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.port.PageRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTotalsTest {

    private final AtomicInteger counts = new AtomicInteger();

    private long total(int limit, int offset, int rowsOnPage) {
        return PageTotals.total(new PageRequest(limit, offset), rowsOnPage, () -> {
            counts.incrementAndGet();
            return 1234;
        });
    }

    @Test
    void a_short_page_is_the_last_and_tells_the_total_without_counting() {
        assertThat(total(50, 0, 7)).isEqualTo(7);
        assertThat(total(50, 100, 7)).isEqualTo(107);
        assertThat(total(50, 0, 0)).isZero();
        assertThat(counts).hasValue(0);
    }

    @Test
    void a_full_page_and_an_empty_page_past_the_end_count() {
        assertThat(total(50, 0, 50)).isEqualTo(1234);
        assertThat(total(50, 5000, 0)).isEqualTo(1234);
        assertThat(counts).hasValue(2);
    }
}
