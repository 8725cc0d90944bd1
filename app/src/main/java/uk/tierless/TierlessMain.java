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

    /**
     * Liquibase checks every changelog file against its XML schema each time it parses it, most of its time on a
     * start with nothing to migrate. The files in the jar are the ones the tests (which do not run this main, so keep
     * the check) parsed already. Set it to true to check them here too.
     */
    static final String VALIDATE_CHANGELOG_XML_PROPERTY = "liquibase.validateXmlChangelogFiles";

    public static void main(String... args) {
        if (System.getProperty(VALIDATE_CHANGELOG_XML_PROPERTY) == null) {
            System.setProperty(VALIDATE_CHANGELOG_XML_PROPERTY, "false");
        }
        EmbeddedDatabaseLauncher.startUnlessConfigured();
        KeycloakLauncher.startUnlessConfigured();
        Quarkus.run(args);
    }
}
