package org.pedalatlas.bench;

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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real app in its own JVM: {@code java -jar} of the built jar on a free port, with an in-memory H2 (or a file
 * database or PostgreSQL, {@code bench.database}) and a known instructor. Heap is read with {@code jcmd <pid> GC.run} (a full collection) and {@code GC.heap_info}.
 */
final class AppServer implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    final URI base;
    final Path log;

    private AppServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static AppServer start(Path jar, Path workDir, List<String> jvmArgs, List<String> appArgs, String username,
                           String password)
            throws Exception {
        return start(jar, workDir, jvmArgs, appArgs, username, password, "server");
    }

    /** As above, logging to {@code target/bench/<name>.log} (one name per node when there are several). */
    static AppServer start(Path jar, Path workDir, List<String> jvmArgs, List<String> appArgs, String username,
                           String password, String name)
            throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No app jar at " + jar
                    + " — build it first (./mvnw -Pbench -DskipTests verify does).");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = workDir.resolve("target/bench/" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(database(workDir));
        command.addAll(List.of(
                "--atlas.instructor.username=" + username, "--atlas.instructor.password=" + password));
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process process = builder.start();
        AppServer server = new AppServer(process, URI.create("http://localhost:" + port + "/"), log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitHealthy(Duration.ofMinutes(3));
        return server;
    }

    /**
     * {@code bench.database}: {@code mem} (default) an in-memory H2; {@code file} the app's own default URL on a
     * fresh data folder under {@code target/bench/}, i.e. what a workshop laptop writes to; a {@code jdbc:} URL
     * that database (e.g. a file URL with other options, to compare them).
     */
    private static List<String> database(Path workDir) {
        String database = System.getProperty("bench.database", "mem");
        return switch (database) {
            case "mem", "" -> List.of("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
            case "file" -> List.of("--atlas.data-dir=" + workDir.resolve("target/bench/data-" + System.currentTimeMillis()));
            default -> {
                if (!database.startsWith("jdbc:")) {
                    throw new IllegalArgumentException("bench.database: mem, file, postgres or a jdbc: URL, not "
                            + database);
                }
                yield List.of("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + System.getProperty("bench.databaseUser", "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.databasePassword", ""));
            }
        };
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not become healthy in " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** Live heap in KB after two full collections. */
    long heapAfterGcKb() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("Cannot read GC.heap_info:\n" + info);
        }
        return Long.parseLong(m.group(1));
    }

    /** Writes a jcmd diagnostic (e.g. GC.class_histogram, Thread.print) next to the server log. */
    Path dump(String what, String name) {
        try {
            Path file = log.resolveSibling(name);
            Files.writeString(file, jcmd(what));
            return file;
        } catch (Exception e) {
            return null;
        }
    }

    /** All threads, virtual ones included (request handling runs on virtual threads), as JSON. */
    Path threadDump(String name) {
        try {
            Path file = log.resolveSibling(name).toAbsolutePath();
            jcmd("Thread.dump_to_file", "-overwrite", "-format=json", file.toString());
            return file;
        } catch (Exception e) {
            return null;
        }
    }

    private String jcmd(String... what) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> command = new ArrayList<>(List.of(jcmd, String.valueOf(process.pid())));
        command.addAll(List.of(what));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", what) + " failed:\n" + out);
        }
        return out;
    }

    /** Lines of the server's log that contain a marker, e.g. " ERROR ". */
    long logLines(String marker) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(marker)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
