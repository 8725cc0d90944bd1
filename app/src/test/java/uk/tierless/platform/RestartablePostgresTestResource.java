package uk.tierless.platform;

import java.io.IOException;
import java.util.Map;

/**
 * The tests' PostgreSQL, which a test can stop and start again on the same data and port to play a database
 * outage. Only the test class that names it gets it: the others keep their own server, untouched.
 */
public class RestartablePostgresTestResource extends PostgresTestResource {

    private static RestartablePostgresTestResource running;

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = super.start();
        running = this;
        return settings;
    }

    public static synchronized void stopDatabase() throws IOException {
        running.database.close();
    }

    public static synchronized void startDatabase() throws IOException {
        running.database = EmbeddedDatabase.start(running.dataDir, running.database.port());
    }
}
