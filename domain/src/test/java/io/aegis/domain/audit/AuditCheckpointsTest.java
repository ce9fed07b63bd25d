package io.aegis.domain.audit;

import static io.aegis.domain.audit.AuditChainTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditCheckpointsTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:15:00.123Z");

    /** Three checkpoints as the writer appends them, at places 3, 7 and 9. */
    private static List<AuditCheckpoint> written() {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        AuditCheckpoint previous = null;
        for (long seq : new long[] {3, 7, 9}) {
            previous = AuditCheckpoint.next(previous, new AuditChainHead(seq, Optional.of(hash(seq))), AT, KEY);
            checkpoints.add(previous);
        }
        return checkpoints;
    }

    private static String hash(long seq) {
        return Long.toHexString(seq).repeat(64).substring(0, 64);
    }

    private static List<String> lines(List<AuditCheckpoint> checkpoints) {
        return checkpoints.stream().map(AuditCheckpoint::line).toList();
    }

    @Test
    void a_line_reads_back_as_the_checkpoint_it_was() {
        AuditCheckpoint first = written().get(0);

        assertThat(AuditCheckpoint.parse(first.line())).isEqualTo(first);
        assertThat(first.line()).startsWith("aegis-checkpoint-v1 number=1 chain_seq=3 row_hash=" + hash(3));
    }

    @Test
    void an_intact_file_yields_its_last_checkpoint() {
        List<AuditCheckpoint> checkpoints = written();

        AuditCheckpoints read = AuditCheckpoints.read(lines(checkpoints), KEY, 3, checkpoints.get(2).lineHash());

        assertThat(read.fault()).isEmpty();
        assertThat(read.latest()).contains(checkpoints.get(2));
    }

    @Test
    void a_file_one_checkpoint_ahead_of_the_database_is_intact() {
        List<AuditCheckpoint> checkpoints = written();

        assertThat(AuditCheckpoints.read(lines(checkpoints), KEY, 2, checkpoints.get(1).lineHash()).fault()).isEmpty();
    }

    @Test
    void removed_last_lines_show_against_the_database_record() {
        List<AuditCheckpoint> checkpoints = written();

        assertThat(AuditCheckpoints.read(lines(checkpoints.subList(0, 2)), KEY, 3, checkpoints.get(2).lineHash())
                .fault()).get().asString().contains("checkpoints were removed");
        assertThat(AuditCheckpoints.read(List.of(), KEY, 3, checkpoints.get(2).lineHash()).fault()).isPresent();
    }

    @Test
    void a_removed_middle_line_an_edited_line_or_garbage_breaks_the_file() {
        List<String> lines = lines(written());

        assertThat(AuditCheckpoints.read(List.of(lines.get(0), lines.get(2)), KEY, 0, null).fault()).isPresent();
        assertThat(AuditCheckpoints.read(List.of(lines.get(0).replace("chain_seq=3", "chain_seq=2")), KEY, 0, null)
                .fault()).get().asString().contains("not signed");
        assertThat(AuditCheckpoints.read(List.of("hello"), KEY, 0, null).fault()).isPresent();
    }

    @Test
    void a_checkpoint_other_than_the_one_the_database_records_breaks_the_file() {
        List<AuditCheckpoint> checkpoints = written();

        assertThat(AuditCheckpoints.read(lines(checkpoints), KEY, 2, checkpoints.get(0).lineHash()).fault())
                .get().asString().contains("not the one the database records");
    }

    @Test
    void checkpoints_signed_with_another_key_are_refused() {
        AuditKey other = AuditKey.of("o".repeat(32).getBytes(StandardCharsets.UTF_8));
        AuditCheckpoint forged = AuditCheckpoint.next(null, new AuditChainHead(2, Optional.of(hash(2))), AT, other);

        assertThat(AuditCheckpoints.read(List.of(forged.line()), KEY, 0, null).fault()).isPresent();
    }

    @Test
    void the_last_line_alone_is_judged_against_the_files_record() {
        List<AuditCheckpoint> checkpoints = written();
        String last = checkpoints.get(2).line();

        assertThat(AuditCheckpoints.tail(Optional.of(last), KEY, 3, checkpoints.get(2).lineHash()).latest())
                .contains(checkpoints.get(2));
        assertThat(AuditCheckpoints.tail(Optional.of(last), KEY, 2, checkpoints.get(1).lineHash()).fault())
                .as("one ahead of its record").isEmpty();
        assertThat(AuditCheckpoints.tail(Optional.empty(), KEY, 0, null).latest()).as("a new file").isEmpty();
        assertThat(AuditCheckpoints.tail(Optional.of(checkpoints.get(1).line()), KEY, 3,
                checkpoints.get(2).lineHash()).fault()).get().asString().contains("checkpoints were removed");
        assertThat(AuditCheckpoints.tail(Optional.of(last), KEY, 3, checkpoints.get(1).lineHash()).fault())
                .get().asString().contains("is not the one the database records");
        assertThat(AuditCheckpoints.tail(Optional.of(last.replace("chain_seq=9", "chain_seq=8")), KEY, 0, null)
                .fault()).get().asString().contains("not signed");
        assertThat(AuditCheckpoints.tail(Optional.of("garbage"), KEY, 0, null).fault()).get().asString()
                .contains("not a checkpoint");
    }

    @Test
    void a_file_is_named_by_its_first_line() {
        List<AuditCheckpoint> checkpoints = written();

        assertThat(AuditCheckpoints.fileId(checkpoints.get(0).line())).isEqualTo(checkpoints.get(0).lineHash())
                .isNotEqualTo(AuditCheckpoints.fileId(checkpoints.get(1).line()));
    }

    @Test
    void a_files_first_line_may_link_to_its_seed_and_names_the_file_apart_from_another_begun_alike() {
        AuditChainHead head = new AuditChainHead(3, Optional.of(hash(3)));
        AuditCheckpoint mine = AuditCheckpoint.first("a".repeat(64), head, AT, KEY);
        AuditCheckpoint theirs = AuditCheckpoint.first("b".repeat(64), head, AT, KEY);
        AuditCheckpoint next = AuditCheckpoint.next(mine, new AuditChainHead(7, Optional.of(hash(7))), AT, KEY);

        AuditCheckpoints read = AuditCheckpoints.read(List.of(mine.line(), next.line()), KEY, 2, next.lineHash());

        assertThat(read.fault()).isEmpty();
        assertThat(read.latest()).contains(next);
        assertThat(AuditCheckpoints.fileId(mine.line())).isNotEqualTo(AuditCheckpoints.fileId(theirs.line()));
    }
}
