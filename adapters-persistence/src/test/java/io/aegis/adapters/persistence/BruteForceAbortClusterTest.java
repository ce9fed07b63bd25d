package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.GaleraCluster;
import io.aegis.adapters.persistence.testing.GaleraClusters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10's "201 but not stored", forced on a real Galera cluster: a transaction on node 1 holds a row that a
 * write committed on node 2 also changed. When node 2's write set is applied on node 1, Galera aborts the local
 * transaction at once ("brute force"), while its client sits between two statements; the client learns of it from
 * the error (1213, deadlock) of its NEXT statement, whatever that statement is.
 *
 * <p>When that next statement was the {@code RELEASE SAVEPOINT} that closes a nested jOOQ transaction (the old audit
 * append was one), jOOQ's {@code DefaultTransactionProvider} ignores the error (jOOQ #3537: drivers that implement
 * savepoints badly), the outer work carries on and its {@code COMMIT} commits the empty transaction that the server
 * began after the abort: the caller is told its change is stored, and none of it is.
 *
 * <p>Aegis's transactions take no savepoints: the same abort surfaces as 1213 at the {@code COMMIT} (the next
 * statement there), which the whole-transaction retry runs again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BruteForceAbortClusterTest {

    private static final String DB = "aegis_brute_force";
    private static final Table<?> WRITES = DSL.table("writes");
    private static final Table<?> CONTENDED = DSL.table("contended");
    private static final Field<String> NAME = DSL.field("name", String.class);
    private static final Field<Integer> ID = DSL.field("id", Integer.class);
    private static final Field<String> HOLDER = DSL.field("holder", String.class);

    private GaleraCluster cluster;
    private Database node1;

    @BeforeAll
    void startCluster(@TempDir Path folder) {
        cluster = GaleraClusters.startOrSkip(folder);
        cluster.execute(1, "CREATE DATABASE " + DB);
        cluster.execute(1, "CREATE TABLE " + DB + ".writes (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40))");
        cluster.execute(1, "CREATE TABLE " + DB + ".contended (id INT PRIMARY KEY, holder VARCHAR(40))");
        cluster.execute(1, "INSERT INTO " + DB + ".contended VALUES (1, 'nobody')");
        node1 = Database.connect(new DatabaseSettings(cluster.url(1, DB), GaleraCluster.USER, "", 2));
    }

    @AfterAll
    void stopCluster() {
        if (node1 != null) {
            node1.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void jooqs_savepoints_hide_a_brute_force_abort_and_commit_an_empty_transaction() {
        // jOOQ's default: nested transactions are savepoints
        DSLContext savepoints = DSL.using(node1.dataSource(), node1.dsl().dialect());

        savepoints.transaction(outer -> {
            outer.dsl().insertInto(WRITES, NAME).values("told stored").execute();
            outer.dsl().transaction(nested -> holdTheRowThatNode2Takes(nested.dsl()));
        });

        assertThat(node1.dsl().fetchCount(WRITES, NAME.eq("told stored")))
                .as("the transaction 'committed' without an error, and its write is not there")
                .isZero();
    }

    @Test
    void aegis_transactions_see_the_abort_and_run_the_transaction_again_whole() {
        JooqTransactions transactions = new JooqTransactions(node1.dsl());
        AtomicInteger runs = new AtomicInteger();

        transactions.inTransaction(() -> {
            node1.dsl().insertInto(WRITES, NAME).values("stored").execute();
            return transactions.inTransaction(() -> {
                if (runs.incrementAndGet() == 1) {
                    holdTheRowThatNode2Takes(node1.dsl());
                }
                return null;
            });
        });

        assertThat(runs).as("aborted once, run again").hasValue(2);
        assertThat(node1.dsl().fetchCount(WRITES, NAME.eq("stored"))).isOne();
    }

    /**
     * Locks the contended row in the caller's transaction on node 1, has node 2 commit a change of the same row, and
     * returns once node 1 has applied that change: by then node 1 has aborted the caller's transaction.
     */
    private void holdTheRowThatNode2Takes(DSLContext inTransaction) {
        inTransaction.update(CONTENDED).set(HOLDER, "node 1").where(ID.eq(1)).execute();
        String theirs = "node 2 #" + System.nanoTime();
        cluster.execute(2, "UPDATE " + DB + ".contended SET holder = '" + theirs + "' WHERE id = 1");
        assertThat(holderSeenOnNode1AfterCatchingUp()).isEqualTo(theirs);
    }

    /** wsrep_sync_wait makes node 1 apply every write set the cluster committed before answering. */
    private String holderSeenOnNode1AfterCatchingUp() {
        try (Connection connection = DriverManager.getConnection(cluster.url(1, DB), GaleraCluster.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet row = statement.executeQuery("SELECT holder FROM contended WHERE id = 1")) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
