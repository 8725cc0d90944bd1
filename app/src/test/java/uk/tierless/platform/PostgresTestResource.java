package uk.tierless.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A real PostgreSQL for the tests: the same embedded server as {@code make run}, in a throw-away folder. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    EmbeddedDatabase database;
    Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("tierless-test-db");
            database = EmbeddedDatabase.start(dataDir, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.APP_ROLE,
                "quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD);
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
            deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
