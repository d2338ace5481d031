package org.pedalatlas.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pedalatlas.base.PostgresDatabase;

/**
 * The app nodes a benchmark runs against: one (the default), or several sharing one PostgreSQL database
 * ({@code bench.nodes}), each in its own JVM. Phones are spread over the nodes in turn, straight to each node's port
 * as a sticky balancer would keep them; the presenter is on the first. Heap and CPU are the sum over the nodes.
 */
final class AppNodes implements AutoCloseable {

    private final List<AppServer> servers;

    private AppNodes(List<AppServer> servers) {
        this.servers = servers;
    }

    /**
     * Starts {@code count} nodes, one after another (the first migrates the database). With more than one, or with
     * {@code bench.database=postgres}, a throw-away PostgreSQL server from Debian's package is started first (as the
     * tests start it) unless {@code bench.database} names a PostgreSQL URL already.
     */
    static AppNodes start(int count, Path jar, Path workDir, List<String> jvmArgs, List<String> appArgs,
                          String username, String password) throws Exception {
        String database = System.getProperty("bench.database", "mem");
        if (count > 1 && !database.equals("postgres") && !database.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("bench.nodes=" + count + " needs a shared database: bench.database="
                    + "postgres (a throw-away server) or a jdbc:postgresql: URL, not " + database);
        }
        if (database.equals("postgres")) {
            System.setProperty("bench.database", PostgresDatabase.newDatabase("atlas_bench_"));
            System.setProperty("bench.databaseUser", PostgresDatabase.user());
        }
        List<AppServer> servers = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                servers.add(AppServer.start(jar, workDir, jvmArgs, appArgs, username, password,
                        count == 1 ? "server" : "server-node" + i));
            }
        } catch (Exception e) {
            servers.forEach(AppServer::close);
            throw e;
        }
        return new AppNodes(servers);
    }

    int count() {
        return servers.size();
    }

    /** The presenter's node. */
    URI base() {
        return servers.get(0).base;
    }

    /** The node phone number {@code phone} talks to. */
    URI base(int phone) {
        return servers.get(phone % servers.size()).base;
    }

    /** The first node's log; the others' lie beside it. */
    Path log() {
        return servers.get(0).log;
    }

    String pids() {
        return String.join(", ", servers.stream().map(s -> String.valueOf(s.pid())).toList());
    }

    /** Live heap in KB after full collections, summed over the nodes. */
    long heapAfterGcKb() throws Exception {
        long sum = 0;
        for (AppServer s : servers) {
            sum += s.heapAfterGcKb();
        }
        return sum;
    }

    /** Server CPU seconds so far, summed over the nodes. */
    double cpuSeconds() {
        return servers.stream().mapToDouble(s -> ProcessHandle.of(s.pid())
                .flatMap(h -> h.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    /** A jcmd diagnostic of each node next to its log; returns the first node's file. */
    Path dump(String what, String name) {
        Path first = null;
        for (int i = 0; i < servers.size(); i++) {
            Path p = servers.get(i).dump(what, prefix(i) + name);
            first = first == null ? p : first;
        }
        return first;
    }

    Path threadDump(String name) {
        Path first = null;
        for (int i = 0; i < servers.size(); i++) {
            Path p = servers.get(i).threadDump(prefix(i) + name);
            first = first == null ? p : first;
        }
        return first;
    }

    /** Lines of all nodes' logs that contain a marker. */
    long logLines(String marker) {
        return servers.stream().mapToLong(s -> s.logLines(marker)).sum();
    }

    /** The file a diagnostic named {@code name} of the first node was written to. */
    Path beside(String name) {
        return servers.get(0).log.resolveSibling(prefix(0) + name);
    }

    private String prefix(int node) {
        return servers.size() == 1 ? "" : "node" + (node + 1) + "-";
    }

    @Override
    public void close() {
        servers.forEach(AppServer::close);
    }
}
