package uk.tierless.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the embedded database, commits a row, says so, and
 * waits to be killed with SIGKILL, as {@code kill -9} would kill {@code make run}.
 */
public final class CrashingApplication {

    public static final String COMMITTED = "COMMITTED";

    private CrashingApplication() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (Connection connection = database.applicationConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_test (note text not null)");
            statement.execute("insert into crash_test (note) values ('" + args[2] + "')");
        }
        System.out.println(COMMITTED);
        System.out.flush();
        Object forever = new Object();
        synchronized (forever) {
            forever.wait();
        }
    }
}
