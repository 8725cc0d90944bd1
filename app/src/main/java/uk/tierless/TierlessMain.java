package uk.tierless;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import uk.tierless.platform.EmbeddedDatabaseLauncher;

/**
 * Starts the embedded PostgreSQL (unless a database is configured from outside) before Quarkus boots,
 * so that the datasource, Liquibase and Hibernate find a running server.
 */
@QuarkusMain
public class TierlessMain {

    public static void main(String... args) {
        EmbeddedDatabaseLauncher.startUnlessConfigured();
        Quarkus.run(args);
    }
}
