package uk.tierless.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The embedded default of {@code make run}: with no database configured from outside, start one under the data
 * folder and point Quarkus' datasource at it through system properties (read before application.properties).
 */
public final class EmbeddedDatabaseLauncher {

    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    private EmbeddedDatabaseLauncher() {
    }

    /**
     * Does nothing when a JDBC URL is configured, including the one this method set on an earlier call: dev mode
     * runs main again on every live reload, and the server it started is still running.
     */
    public static void startUnlessConfigured() {
        if (EnvironmentSettings.isSet(System.getProperty(JDBC_URL_PROPERTY))
                || EnvironmentSettings.isSet(System.getenv(JDBC_URL_ENV))) {
            return;
        }
        Path dataDir = EnvironmentSettings.dataDir();
        int port = EnvironmentSettings.databasePort();
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port);
            System.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.APP_ROLE);
            System.setProperty("quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(cannotStart(dataDir, port), e);
        } catch (IllegalStateException e) {
            // The container image leaves the embedded server's binaries out: it runs on a PostgreSQL of yours.
            throw new IllegalStateException(cannotStart(dataDir, port), e);
        }
    }

    private static String cannotStart(Path dataDir, int port) {
        return "Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath() + " on port " + port + " (set "
                + EnvironmentSettings.DB_PORT_ENV + " for another port, or " + JDBC_URL_ENV + " to use your own server)";
    }
}
