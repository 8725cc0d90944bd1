package uk.tierless.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    private Path dataDir;

    @BeforeEach
    void createFolder() throws Exception {
        dataDir = Files.createTempDirectory("tierless-embedded");
    }

    @AfterEach
    void deleteFolder() throws Exception {
        PostgresTestResource.deleteRecursively(dataDir);
    }

    @Test
    void startsDurableWithAnApplicationRoleThatRowLevelSecurityApplies() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, PostgresTestResource.freePort())) {
            assertEquals("on", database.setting("fsync"));
            assertEquals("on", database.setting("synchronous_commit"));
            assertEquals("on", database.setting("full_page_writes"));
            try (Connection connection = database.applicationConnection(); Statement statement = connection.createStatement();
                 ResultSet role = statement.executeQuery(
                         "select current_user, current_database(), rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                assertTrue(role.next());
                assertEquals(EmbeddedDatabase.APP_ROLE, role.getString(1));
                assertEquals(EmbeddedDatabase.DATABASE, role.getString(2));
                assertFalse(role.getBoolean(3), "the application role must not be a superuser");
                assertFalse(role.getBoolean(4), "the application role must not bypass row-level security");
            }
        }
    }

    @Test
    void aRowCommittedBeforeKillNineIsThereAfterTheNextStart() throws Exception {
        int port = PostgresTestResource.freePort();
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingApplication.class.getName(),
                dataDir.toString(), String.valueOf(port), "before the crash")
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(application.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(CrashingApplication.COMMITTED)) {
                output.add(line);
            }
            assertTrue(application.isAlive(), "the child JVM stopped before committing: " + output);
            application.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left running as an orphan
            assertTrue(application.waitFor(30, TimeUnit.SECONDS));
        }
        Optional<ProcessHandle> orphan = postmasterOf(dataDir);
        assertTrue(orphan.isPresent() && orphan.get().isAlive(), "PostgreSQL should outlive the killed JVM");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port);
             Connection connection = database.applicationConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from crash_test")) {
            assertTrue(rows.next(), "the committed row was lost");
            assertEquals("before the crash", rows.getString(1));
            assertFalse(orphan.get().isAlive(), "the orphaned server should have been stopped and replaced");
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }
}
