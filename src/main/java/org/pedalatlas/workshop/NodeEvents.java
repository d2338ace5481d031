package org.pedalatlas.workshop;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What one app node tells the others about its live sessions, when several nodes share one PostgreSQL database
 * behind a load balancer: PostgreSQL's {@code LISTEN/NOTIFY} carries each stored change (a phase, the door, a join, a
 * removal, an answer) to every other node, which applies it to its own copy of the session in memory and pushes it
 * to the screens connected to it.
 * <p>
 * A notification is sent inside the transaction that stores its change, so PostgreSQL delivers it only if that
 * transaction commits, and delivers a node's notifications in commit order: every node sees a session's changes in
 * the order the database took them. While the listening connection is down (the database restarted, the network
 * hiccuped) notifications are lost, so after every reconnection the node re-reads its sessions from the database
 * ({@link Listener#resync}). On H2, the one-node default, there is no other node: nothing is sent or listened to.
 */
@Component
class NodeEvents {

    static final String CHANNEL = "atlas_workshop";
    /** The longest response carried in a notification, well inside PostgreSQL's 8,000-byte payload. */
    static final int MAX_RESPONSE_BYTES = 4_000;
    /** After this long without a notification the listening connection is asked a query, to prove it is alive. */
    private static final long PING_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Logger log = LoggerFactory.getLogger(NodeEvents.class);

    /** What the other nodes are told; {@code ANSWERED} carries the answer itself, so no node reads it back. */
    enum Kind { PHASE, DOOR, JOINED, REMOVED, ANSWERED }

    /**
     * One change of a session, as sent between nodes. {@code participantId} is 0 for the session's own changes; the
     * answer's fields are set only for {@code ANSWERED}.
     */
    record Event(String node, Kind kind, long sessionId, long participantId, int position, double fraction, int points,
                 String response) {

        static Event of(String node, Kind kind, long sessionId, long participantId) {
            return new Event(node, kind, sessionId, participantId, 0, 0, 0, "");
        }

        /**
         * An answer with its response, or without it (empty) when the response is too long for a notification
         * (PostgreSQL takes under 8,000 bytes): the other nodes then read it from its row.
         */
        static Event answered(String node, AnswerRow a) {
            boolean fits = a.response.getBytes(StandardCharsets.UTF_8).length <= MAX_RESPONSE_BYTES;
            return new Event(node, Kind.ANSWERED, a.sessionId, a.participantId, a.position, a.fraction, a.points,
                    fits ? a.response : "");
        }

        /** The notification's payload: the response last, since only it may hold the separator. */
        String payload() {
            return String.join("|", kind.name(), node, Long.toString(sessionId), Long.toString(participantId),
                    Integer.toString(position), Double.toString(fraction), Integer.toString(points), response);
        }

        /** Reads a payload {@link #payload()} wrote; an {@link IllegalArgumentException} names what is wrong. */
        static Event parse(String payload) {
            String[] f = payload.split("\\|", 8);
            if (f.length != 8) {
                throw new IllegalArgumentException("A workshop notification has " + f.length + " fields, not 8: "
                        + payload);
            }
            try {
                return new Event(f[1], Kind.valueOf(f[0]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Integer.parseInt(f[4]), Double.parseDouble(f[5]), Integer.parseInt(f[6]), f[7]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unreadable workshop notification (" + e.getMessage() + "): "
                        + payload, e);
            }
        }
    }

    /** This node's name in its notifications, so it skips its own: it applied them before sending. */
    final String node = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;
    private final boolean clustered;
    private final String url;
    private final String user;
    private final String password;
    private volatile Listener listener;

    NodeEvents(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url,
               @Value("${spring.datasource.username:}") String user,
               @Value("${spring.datasource.password:}") String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.clustered = product != null && product.toLowerCase(Locale.ROOT).contains("postgresql");
    }

    /** Whether other nodes may share the database (PostgreSQL), so changes are announced to them. */
    boolean clustered() {
        return clustered;
    }

    /**
     * Starts listening; {@code apply} gets every other node's event in the order they were sent, on one thread, and
     * {@code resync} runs after each (re)connection, before the first event it brings.
     */
    synchronized void listen(Consumer<Event> apply, Runnable resync) {
        if (clustered && listener == null) {
            listener = new Listener(apply, resync);
            listener.thread.start();
        }
    }

    /** Sends a session's change to the other nodes inside the current transaction (nothing on H2). */
    void send(Kind kind, long sessionId, long participantId) {
        if (clustered) {
            sendAll(List.of(Event.of(node, kind, sessionId, participantId)));
        }
    }

    /** Sends the answers of one transaction to the other nodes, in one round trip (nothing on H2). */
    void answered(List<AnswerRow> answers) {
        if (clustered && !answers.isEmpty()) {
            sendAll(answers.stream().map(a -> Event.answered(node, a)).toList());
        }
    }

    private void sendAll(List<Event> events) {
        String[] payloads = events.stream().map(Event::payload).toArray(String[]::new);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, p) FROM unnest(?) AS p")) {
                Array array = c.createArrayOf("text", payloads);
                s.setString(1, CHANNEL);
                s.setArray(2, array);
                s.executeQuery().close();
            }
            return null;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Listener l = listener;
        if (l != null) {
            l.stopping = true;
            l.thread.interrupt();
            l.thread.join(5_000);
        }
    }

    /**
     * One connection of its own that {@code LISTEN}s (a pooled one would be handed back), read by one thread; it
     * reconnects after a failure, waiting a second between tries.
     */
    private final class Listener {

        private final Consumer<Event> apply;
        private final Runnable resync;
        private final Thread thread;
        private volatile boolean stopping;

        Listener(Consumer<Event> apply, Runnable resync) {
            this.apply = apply;
            this.resync = resync;
            this.thread = Thread.ofPlatform().name("workshop-node-events").daemon().unstarted(this::run);
        }

        private void run() {
            boolean first = true;
            while (!stopping) {
                try (Connection c = DriverManager.getConnection(url, connectionProperties())) {
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN " + CHANNEL);
                    }
                    if (!first) {
                        log.info("Listening to the other app nodes again; re-reading this node's live sessions");
                    }
                    first = false;
                    // Also the first time: a session read into memory before LISTEN took effect may have missed one.
                    resync();
                    PGConnection pg = c.unwrap(PGConnection.class);
                    long heard = System.nanoTime();
                    while (!stopping) {
                        PGNotification[] notifications = pg.getNotifications(1_000);
                        if (notifications != null && notifications.length > 0) {
                            heard = System.nanoTime();
                            for (PGNotification n : notifications) {
                                deliver(n.getParameter());
                            }
                        } else if (System.nanoTime() - heard > PING_AFTER_NANOS) {
                            // Waiting for notifications only reads: a connection a firewall silently dropped would
                            // look quiet for ever. A query must answer within the socket timeout, or this reconnects.
                            try (Statement s = c.createStatement()) {
                                s.execute("SELECT 1");
                            }
                            heard = System.nanoTime();
                        }
                    }
                } catch (SQLException e) {
                    if (!stopping) {
                        log.warn("Lost the connection that hears the other app nodes ({}); reconnecting in 1 s",
                                e.getMessage());
                        first = false;
                        pause();
                    }
                }
            }
        }

        private Properties connectionProperties() {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            p.setProperty("tcpKeepAlive", "true");
            p.setProperty("socketTimeout", "30");
            p.setProperty("ApplicationName", "atlas node events " + node);
            return p;
        }

        private void resync() {
            try {
                resync.run();
            } catch (RuntimeException e) {
                log.error("Re-reading the live sessions after connecting to the other nodes failed", e);
            }
        }

        private void deliver(String payload) {
            try {
                Event e = Event.parse(payload);
                if (!e.node().equals(node)) {
                    apply.accept(e);
                }
            } catch (RuntimeException e) {
                // One bad event must not stop this node hearing the rest; the log says which one.
                log.error("A workshop event from another node could not be applied: {}", payload, e);
            }
        }

        private void pause() {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }
}
