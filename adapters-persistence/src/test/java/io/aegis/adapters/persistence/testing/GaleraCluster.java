package io.aegis.adapters.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A MariaDB Galera cluster of three nodes on loopback ports, for tests: each node a {@code mariadbd} process of
 * its own on a data folder made by {@code mariadb-install-db} in {@code folder}, node 1 bootstrapping the cluster
 * ({@code --wsrep-new-cluster}), the others joining it by a {@code mariabackup} state transfer. Every port is
 * free when chosen, so clusters of parallel builds do not meet. {@link #kill} destroys a node's process, as a
 * crash would; {@link #close} destroys every node, and so does a shutdown hook should the JVM stop first.
 *
 * <p>Tests start it through {@link GaleraClusters#startOrSkip}; the write-rate benchmark uses it directly. The
 * option file follows the checked recipe of PERSISTENCE-RECIPES.md (a state transfer by {@code rsync} fails on this
 * kind of machine; {@code mariabackup} works).
 */
public final class GaleraCluster implements AutoCloseable {

    public static final String USER = "root";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<Path> PROVIDERS = List.of(Path.of("/usr/lib/galera/libgalera_smm.so"),
            Path.of("/usr/lib/galera-4/libgalera_smm.so"), Path.of("/usr/lib64/galera-4/libgalera_smm.so"));

    private final List<Node> nodes;
    private final Thread reaper;

    private GaleraCluster(List<Node> nodes) {
        this.nodes = nodes;
        this.reaper = new Thread(this::destroyAll, "galera-cluster-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts three nodes in {@code folder} (keep its path short: it holds the nodes' sockets) and waits until they
     * are one cluster.
     *
     * @throws IllegalStateException when a program a node needs is missing ({@link #missingPrograms()})
     */
    public static GaleraCluster start(Path folder) {
        missingPrograms().ifPresent(missing -> {
            throw new IllegalStateException(missing);
        });
        Path provider = PROVIDERS.stream().filter(Files::isReadable).findFirst().orElseThrow();
        int[] ports = freePorts(12);
        List<Node> nodes = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new Node(n, folder.resolve("n" + n), ports[n - 1], ports[2 + n], ports[5 + n],
                        ports[8 + n]))
                .toList();
        String gcomm = nodes.stream().map(node -> "127.0.0.1:" + node.galeraPort).collect(Collectors.joining(","));
        GaleraCluster cluster = new GaleraCluster(nodes);
        try {
            for (Node node : nodes) {
                node.install(provider, gcomm);
            }
            nodes.get(0).launch(true);
            nodes.get(0).awaitSql();
            nodes.get(1).launch(false);
            nodes.get(2).launch(false);
            for (Node node : nodes) {
                node.awaitSynced(3);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** A JDBC URL to {@code database} on node {@code n} (1 to 3), set up like the server Aegis ships for. */
    public String url(int n, String database) {
        return "jdbc:mysql://127.0.0.1:" + node(n).sqlPort + "/" + database;
    }

    /** The URL listing the given nodes, in that order: mysql-connector-j's failover between hosts. */
    public String failoverUrl(String database, int... ns) {
        return "jdbc:mysql://" + IntStream.of(ns).mapToObj(n -> "127.0.0.1:" + node(n).sqlPort)
                .collect(Collectors.joining(",")) + "/" + database;
    }

    /** Runs {@code sql} (DDL, or a write) on node {@code n}. */
    public void execute(int n, String sql) {
        try (Connection connection = node(n).connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("node " + n + " refused " + sql, e);
        }
    }

    /** Destroys node {@code n}'s process, as a crash or a pulled cable would, and waits until it is gone. */
    public void kill(int n) {
        node(n).destroy();
    }

    /** How many nodes node {@code n} sees in its cluster. */
    public int clusterSize(int n) {
        return node(n).clusterSize();
    }

    @Override
    public void close() {
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the nodes are gone either way
        }
    }

    private void destroyAll() {
        nodes.forEach(Node::destroy);
    }

    private Node node(int n) {
        return nodes.get(n - 1);
    }

    /** What is missing to start a cluster on this machine, if anything, and how to install it. */
    public static Optional<String> missingPrograms() {
        List<String> missing = new ArrayList<>();
        for (String program : List.of("mariadbd", "mariadb-install-db", "mariabackup", "socat")) {
            if (findProgram(program).isEmpty()) {
                missing.add(program);
            }
        }
        if (PROVIDERS.stream().noneMatch(Files::isReadable)) {
            missing.add("libgalera_smm.so (galera-4)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("a Galera cluster needs " + String.join(", ", missing)
                + ": apt-get install galera-4 mariadb-backup socat");
    }

    private static Optional<Path> findProgram(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin";
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only a probe for a free port
                }
            }
        }
    }

    private static final class Node {

        private final int number;
        private final Path dataDir;
        private final int sqlPort;
        private final int galeraPort;
        private final int istPort;
        private final int sstPort;
        private Process process;

        Node(int number, Path dataDir, int sqlPort, int galeraPort, int istPort, int sstPort) {
            this.number = number;
            this.dataDir = dataDir;
            this.sqlPort = sqlPort;
            this.galeraPort = galeraPort;
            this.istPort = istPort;
            this.sstPort = sstPort;
        }

        void install(Path provider, String gcomm) {
            String user = System.getProperty("user.name");
            run(List.of(findProgram("mariadb-install-db").orElseThrow().toString(), "--no-defaults",
                    "--datadir=" + dataDir, "--user=" + user, "--auth-root-authentication-method=normal"));
            String options = """
                    [mariadbd]
                    datadir=%1$s
                    port=%2$d
                    socket=%1$s.sock
                    bind-address=127.0.0.1
                    user=%3$s
                    binlog_format=ROW
                    default_storage_engine=InnoDB
                    innodb_autoinc_lock_mode=2
                    innodb_buffer_pool_size=64M
                    wsrep_on=ON
                    wsrep_provider=%4$s
                    wsrep_cluster_name=aegis_test
                    wsrep_cluster_address=gcomm://%5$s
                    wsrep_node_address=127.0.0.1:%6$d
                    wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:%6$d;ist.recv_addr=127.0.0.1:%7$d"
                    wsrep_sst_method=mariabackup
                    wsrep_sst_auth=root:
                    wsrep_sst_receive_address=127.0.0.1:%8$d
                    log_error=%1$s.err
                    pid_file=%1$s.pid
                    """.formatted(dataDir, sqlPort, user, provider, gcomm, galeraPort, istPort, sstPort);
            try {
                Files.writeString(optionFile(), options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void launch(boolean newCluster) {
            List<String> command = new ArrayList<>(List.of(findProgram("mariadbd").orElseThrow().toString(),
                    "--defaults-file=" + optionFile()));
            if (newCluster) {
                command.add("--wsrep-new-cluster");
            }
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".out").toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start node " + number, e);
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + sqlPort + "/", USER, "");
        }

        void awaitSql() {
            await(() -> {
                try (Connection ignored = connect()) {
                    return true;
                }
            }, "to answer SQL");
        }

        void awaitSynced(int size) {
            await(() -> clusterSize() == size && "Synced".equals(status("wsrep_local_state_comment")),
                    "to be synced in a cluster of " + size);
        }

        int clusterSize() {
            try {
                return Integer.parseInt(status("wsrep_cluster_size"));
            } catch (SQLException e) {
                throw new IllegalStateException("node " + number + " does not answer", e);
            }
        }

        private String status(String name) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SHOW STATUS LIKE '" + name + "'")) {
                return row.next() ? row.getString(2) : "";
            }
        }

        void destroy() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private Path optionFile() {
            return dataDir.resolveSibling(dataDir.getFileName() + ".cnf");
        }

        /** Polls {@code ready} until it holds; the node's error log is in the failure, since it says why not. */
        private void await(Check ready, String what) {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            Exception last = null;
            while (Instant.now().isBefore(deadline)) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("node " + number + " stopped: " + errorLog());
                }
                try {
                    if (ready.holds()) {
                        return;
                    }
                } catch (SQLException | RuntimeException e) {
                    last = e;
                }
                try {
                    Thread.sleep(250); // polling a server that is starting: there is nothing to wait on
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for node " + number, e);
                }
            }
            throw new IllegalStateException("node " + number + " did not come " + what + " within " + START_TIMEOUT
                    + ": " + errorLog(), last);
        }

        private String errorLog() {
            try {
                List<String> lines = Files.readAllLines(dataDir.resolveSibling(dataDir.getFileName() + ".err"));
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no error log)";
            }
        }

        private static void run(List<String> command) {
            try {
                Process install = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(install.getInputStream().readAllBytes());
                if (install.waitFor() != 0) {
                    throw new IllegalStateException(command.get(0) + " failed: " + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @FunctionalInterface
        private interface Check {
            boolean holds() throws SQLException;
        }
    }
}
