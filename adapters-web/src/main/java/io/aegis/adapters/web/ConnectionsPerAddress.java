package io.aegis.adapters.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection at once when its client address has {@code max} open already, so that one client
 * cannot take all of {@link WebSettings#maxConnections()} and keep everybody else out. Jetty has a limit for
 * the whole server only. A server bean: when the server starts, it listens to every connector's connections.
 */
final class ConnectionsPerAddress extends AbstractLifeCycle implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int max;
    private final Server server;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max, Server server) {
        this.max = max;
        this.server = server;
    }

    @Override
    protected void doStart() {
        for (Connector connector : server.getConnectors()) {
            connector.addBean(this);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress remote)) {
            return;
        }
        InetAddress address = remote.getAddress();
        // a closed endpoint no longer knows its address
        addresses.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > max) {
            // not INFO: the client decides how many lines this writes
            LOG.debug("refused a connection from {}: it has {} open already", address.getHostAddress(), max);
            // onClosed follows, and counts it out again
            connection.getEndPoint().close();
        }
    }

    /** How many connections {@code address} has open, as counted here; for tests that must wait for the count. */
    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (same, count) -> count == 1 ? null : count - 1);
        }
    }
}
