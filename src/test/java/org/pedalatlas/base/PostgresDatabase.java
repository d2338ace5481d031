package org.pedalatlas.base;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test against a real PostgreSQL server instead of the embedded H2: a server from Debian's {@code postgresql-15}
 * package, started once per test JVM on a free port in a throw-away folder, and a fresh database for each test
 * method, handed to the app through {@code ATLAS_DB_URL} as the README tells a deployment to do.
 * <p>
 * Without the server binaries the tests are skipped with one notice, so {@code ./mvnw verify} passes on a machine
 * with H2 alone; {@code -Datlas.require-postgres=true} (set by {@code .ci/run}, which installs the package) turns the
 * skip into a failure. The server refuses to run as root, so under root it runs as the package's {@code postgres}
 * user.
 */
public final class PostgresDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final Path BIN = Path.of(System.getProperty("atlas.postgres-bin", "/usr/lib/postgresql/15/bin"));
    private static final String USER = "atlas";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;
    private static boolean noticed;

    private record Server(Path dir, int port) {
        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        System.setProperty("ATLAS_DB_URL", newDatabase("atlas_test_"));
        System.setProperty("ATLAS_DB_USER", USER);
        System.setProperty("ATLAS_DB_PASSWORD", "");
    }

    /**
     * A new, empty database on the throw-away server (started on first use), named {@code prefix} and a number;
     * returns its JDBC URL. Its user is {@link #user()}, without a password. Also for the benchmark's several nodes.
     */
    public static String newDatabase(String prefix) throws Exception {
        Server s = server();
        String database = prefix + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.url("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        return s.url(database);
    }

    public static String user() {
        return USER;
    }

    /** The test passes only if the app really ran on PostgreSQL: its migrations must be in the test's database. */
    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        String url = System.getProperty("ATLAS_DB_URL");
        System.clearProperty("ATLAS_DB_URL");
        System.clearProperty("ATLAS_DB_USER");
        System.clearProperty("ATLAS_DB_PASSWORD");
        if (url == null) {
            return; // skipped before a database was made
        }
        try (Connection c = DriverManager.getConnection(url, USER, "");
             var rows = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            if (rows.getInt(1) == 0) {
                throw new IllegalStateException("The app did not migrate " + url + ": the test ran on another database");
            }
        }
    }

    private static synchronized Server server() throws IOException, InterruptedException, SQLException {
        if (server != null) {
            return server;
        }
        if (!Files.isExecutable(BIN.resolve("pg_ctl"))) {
            String why = "PostgreSQL server binaries not found in " + BIN + " (Debian package postgresql-15): "
                    + "the PostgreSQL variants of the service tests are skipped; H2 ran them.";
            if (Boolean.getBoolean("atlas.require-postgres")) {
                throw new IllegalStateException(why + " This run requires them (-Datlas.require-postgres=true).");
            }
            if (!noticed) {
                noticed = true;
                System.out.println("NOTICE: " + why);
            }
            Assumptions.abort(why);
        }
        Path dir = Files.createTempDirectory("atlas-postgres");
        List<String> as = asServerUser(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(as, BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--no-locale");
        run(as, BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        Server started = new Server(dir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(as, started)));
        server = started;
        return started;
    }

    /** initdb and postgres refuse root: run them as the package's own user, who must own the folder. */
    private static List<String> asServerUser(Path dir) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        run(List.of(), "chown", "postgres", dir.toString());
        return List.of("runuser", "-u", "postgres", "--");
    }

    private static void stop(List<String> as, Server s) {
        try {
            run(as, BIN.resolve("pg_ctl").toString(), "-D", s.dir().resolve("data").toString(), "-m", "immediate",
                    "stop");
            try (Stream<Path> files = Files.walk(s.dir())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("PostgreSQL test server in " + s.dir() + " not stopped cleanly: " + e.getMessage());
        }
    }

    private static void run(List<String> prefix, String... command) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", all) + " failed:\n" + out);
        }
    }
}
