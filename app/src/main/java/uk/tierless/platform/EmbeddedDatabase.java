package uk.tierless.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server run from the binaries on the classpath (zonky), with its data in a folder of ours.
 * Used by {@code make run} and by the tests. Unlike zonky's defaults it is durable: fsync, synchronous commit and
 * full page writes are on, so a committed row survives a crash of the JVM or the machine.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "tierless";
    /** The application's own role: not a superuser, so PostgreSQL's row-level security applies to it. */
    public static final String APP_ROLE = "tierless";
    public static final String APP_PASSWORD = "tierless";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} with its cluster in {@code dataDir/postgres}, creating the cluster, the
     * application role and its database on first use, and stopping a server orphaned by a killed JVM first.
     */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Path cluster = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(cluster);
        OrphanedPostmaster.stopIfRunning(cluster);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost")
                // zonky passes -F (fsync off) and synchronous_commit=off for speed; a council's data needs these on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.ensureApplicationRole();
        LOG.infof("Embedded PostgreSQL is running on port %d with its data in %s", port, cluster);
        return database;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A connection as the superuser, for set-up and for tests that need to look under the application's feet. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** A connection as the application role to the application's database. */
    public Connection applicationConnection() throws SQLException {
        return postgres.getDatabase(APP_ROLE, DATABASE).getConnection();
    }

    /** Reads a server setting such as {@code fsync}. */
    public String setting(String name) throws SQLException {
        try (Connection connection = superuserConnection();
             PreparedStatement statement = connection.prepareStatement("select current_setting(?)")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private void ensureApplicationRole() throws IOException {
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", APP_ROLE)) {
                statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls password '" + APP_PASSWORD + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + APP_ROLE);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the application role and database in the embedded PostgreSQL", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A postmaster left running by a JVM that was killed (kill -9 skips shutdown hooks). Its postmaster.pid names a
     * live process that serves this very cluster: we stop it the way pg_ctl does, then start afresh.
     */
    static final class OrphanedPostmaster {

        private OrphanedPostmaster() {
        }

        static void stopIfRunning(Path cluster) throws IOException {
            Path pidFile = cluster.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !samePath(Path.of(lines.get(1).trim()), cluster)) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            Optional<String> command = postmaster.flatMap(process -> process.info().command());
            if (postmaster.isEmpty() || command.isEmpty() || !command.get().endsWith("postgres")) {
                return;
            }
            LOG.warnf("PostgreSQL (pid %d) is still running on %s from an earlier run that did not stop cleanly: stopping it",
                    pid, cluster);
            Path pgCtl = Path.of(command.get()).resolveSibling("pg_ctl");
            runPgCtlStop(pgCtl, cluster);
            postmaster.get().onExit().orTimeout(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS).join();
        }

        private static void runPgCtlStop(Path pgCtl, Path cluster) throws IOException {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // pg_ctl refuses to run as root; as zonky does to start it, run it in a user namespace.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", cluster.toString(), "stop", "-m", "fast", "-w",
                    "-t", String.valueOf(STARTUP_WAIT.toSeconds())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            try {
                if (process.waitFor() != 0) {
                    throw new IOException("pg_ctl could not stop the orphaned PostgreSQL on " + cluster + ": " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
            }
        }

        private static boolean samePath(Path a, Path b) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
    }
}
