package org.pedalatlas.base;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real load balancer in front of several app nodes: HAProxy from Debian's {@code haproxy} package, on a free port
 * with the deployed configuration ({@code deploy/haproxy.cfg}, which {@code docs/deploy.md} explains): sticky sessions by a cookie naming the
 * node (Vaadin keeps each UI in its node's memory), health checks on {@code /actuator/health}, and a client whose
 * node is down sent to another one ({@code option redispatch}).
 * <p>
 * Without the binary the test is skipped with one notice; {@code -Datlas.require-postgres=true} (set by
 * {@code .ci/run}, which installs the package) turns the skip into a failure, as for the PostgreSQL server.
 */
public final class Haproxy implements AutoCloseable {

    /** The cookie that keeps a browser on its node; its value is the node's name ({@code app1}, {@code app2}…). */
    public static final String COOKIE = "ATLAS_NODE";
    private static final Path DEPLOYED = Path.of("deploy", "haproxy.cfg");
    private static final Path BINARY = Path.of(System.getProperty("atlas.haproxy", "/usr/sbin/haproxy"));
    private static boolean noticed;

    private final Process process;
    private final int port;
    private final Path dir;

    private Haproxy(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Skips the calling test (or fails it where the servers are required) when HAProxy is not installed. */
    public static void assumeInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String why = "HAProxy not found at " + BINARY + " (Debian package haproxy): the several-node tests are skipped.";
        if (Boolean.getBoolean("atlas.require-postgres")) {
            throw new IllegalStateException(why + " This run requires them (-Datlas.require-postgres=true).");
        }
        synchronized (Haproxy.class) {
            if (!noticed) {
                noticed = true;
                System.out.println("NOTICE: " + why);
            }
        }
        Assumptions.abort(why);
    }

    /**
     * The deployed configuration ({@code deploy/haproxy.cfg}) on this machine: the balancer on {@code port} of the
     * loopback address and the nodes {@code app1}, {@code app2}… on these local ports; everything else as deployed.
     */
    static String localConfig(String deployed, int port, List<Integer> nodePorts) {
        String local = deployed.replaceFirst("(?m)^(\\s*)bind :8080$", "$1bind 127.0.0.1:" + port);
        for (int i = 0; i < nodePorts.size(); i++) {
            String name = "app" + (i + 1);
            local = local.replaceFirst("(?m)^(\\s*server " + name + ") " + name + ":8080 ",
                    "$1 127.0.0.1:" + nodePorts.get(i) + " ");
        }
        if (local.contains(":8080")) {
            throw new IllegalStateException("deploy/haproxy.cfg has an address this test cannot place: " + local);
        }
        return local;
    }

    /** Starts HAProxy in front of the nodes on these local ports, named app1, app2… in order; returns once it answers. */
    public static Haproxy start(List<Integer> nodePorts) throws IOException, InterruptedException {
        assumeInstalled();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("atlas-haproxy");
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, localConfig(Files.readString(DEPLOYED), port, nodePorts));
        Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        Haproxy started = new Haproxy(process, port, dir);
        started.awaitAnswering();
        return started;
    }

    /** The balancer's address of a path, e.g. {@code url("join/123456")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    public String host() {
        return "127.0.0.1";
    }

    private void awaitAnswering() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped: " + Files.readString(dir.resolve("haproxy.log")));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not answer in 30 s: " + Files.readString(dir.resolve("haproxy.log")));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
