package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final Instant NOW_MILLIS = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void a_first_revision_is_created_and_changed_at_the_same_millisecond() {
        Revision first = Revision.first(NOW);

        assertThat(first.createdAt()).isEqualTo(NOW_MILLIS);
        assertThat(first.version()).isEqualTo(NOW_MILLIS);
    }

    @Test
    void a_row_never_updated_takes_its_creation_time_as_its_version() {
        assertThat(Revision.stored(NOW_MILLIS, null).version()).isEqualTo(NOW_MILLIS);
    }

    @Test
    void a_stored_version_keeps_milliseconds_only_so_that_an_etag_can_name_it() {
        assertThat(Revision.stored(NOW_MILLIS, NOW).version()).isEqualTo(NOW_MILLIS);
    }

    @Test
    void the_next_revision_keeps_the_creation_time_and_moves_the_version_to_now() {
        Instant later = NOW_MILLIS.plusSeconds(60);

        Revision next = Revision.first(NOW).next(later);

        assertThat(next.createdAt()).isEqualTo(NOW_MILLIS);
        assertThat(next.version()).isEqualTo(later);
    }

    @Test
    void two_changes_in_one_millisecond_or_a_clock_gone_back_still_give_a_later_version() {
        Revision first = Revision.first(NOW);

        assertThat(first.next(NOW).version()).isEqualTo(NOW_MILLIS.plusMillis(1));
        assertThat(first.next(NOW.minusSeconds(5)).version()).isEqualTo(NOW_MILLIS.plusMillis(1));
    }

    @Test
    void an_aggregate_reads_its_times_through_its_revision() {
        Revision revision = Revision.first(NOW).next(NOW_MILLIS.plusSeconds(1));
        Versioned versioned = () -> revision;

        assertThat(versioned.createdAt()).isEqualTo(revision.createdAt());
        assertThat(versioned.updatedAt()).isEqualTo(revision.updatedAt());
        assertThat(versioned.version()).isEqualTo(revision.updatedAt());
    }
}
