package uk.tierless;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import uk.tierless.platform.EmbeddedDatabaseLauncher;
import uk.tierless.platform.KeycloakLauncher;

/**
 * Starts the embedded PostgreSQL and the local Keycloak (each unless configured from outside) before Quarkus boots,
 * so that the datasource, Liquibase and Hibernate find a running server and OIDC knows its provider.
 */
@QuarkusMain
public class TierlessMain {

    public static void main(String... args) {
        EmbeddedDatabaseLauncher.startUnlessConfigured();
        KeycloakLauncher.startUnlessConfigured();
        Quarkus.run(args);
    }
}
