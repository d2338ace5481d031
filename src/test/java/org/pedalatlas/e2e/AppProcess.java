package org.pedalatlas.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged app (the jar {@code package} left in {@code target/}) in a JVM of its own, on a data folder and a port
 * the test chooses, so a test can kill it as an operating system would and start it again on the same data. The app
 * runs with its own default database URL: what is tested is what a workshop laptop runs.
 */
final class AppProcess {

    static final String INSTRUCTOR = "instructor";
    static final String PASSWORD = "durability test password";

    private final Path dataDir;
    private final int port;
    private final Path logDir;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    AppProcess(Path dataDir, int port, Path logDir) {
        this(dataDir, port, logDir, Map.of());
    }

    /** An app with more environment, as a deployment sets it (e.g. {@code ATLAS_DB_URL} for a shared database). */
    AppProcess(Path dataDir, int port, Path logDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.port = port;
        this.logDir = logDir;
        this.environment = Map.copyOf(environment);
    }

    int port() {
        return port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The jar {@code package} built; a clear failure when the build did not make one (e.g. run from an IDE). */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("pedal-access-atlas-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No app jar in target/: run ./mvnw verify, whose "
                            + "package phase builds it before the integration tests"));
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void start() throws Exception {
        starts++;
        Files.createDirectories(logDir);
        Path log = logDir.resolve("server-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                jar().toAbsolutePath().toString(), "--server.port=" + port, "--atlas.data-dir=" + dataDir,
                "--atlas.instructor.username=" + INSTRUCTOR, "--atlas.instructor.password=" + PASSWORD));
        for (String property : List.of("atlas.content.dir", "atlas.content.source-text")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                command.add("--" + property + "=" + Path.of(value).toAbsolutePath());
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        builder.environment().putAll(environment);
        process = builder.start();
        awaitHealthy(log, Duration.ofMinutes(4));
    }

    /**
     * Kills the app without warning, as a crash or {@code kill -9} would: {@link Process#destroyForcibly()} sends
     * SIGKILL on Linux, so no shutdown hook runs and nothing is flushed on the way out. Returns the exit status.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The app survived SIGKILL");
        }
        return process.exitValue();
    }

    /** Stops the app as an operator would (SIGTERM, Spring closes the database). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitHealthy(Path log, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The app did not become healthy in " + timeout + "; see " + log);
    }
}
