package uk.tierless.platform;

import java.nio.file.Path;

/**
 * The settings read before Quarkus boots (its configuration is not up yet), from environment variables only.
 * Each is documented in README.md, Configuration.
 */
final class EnvironmentSettings {

    static final String DATA_DIR_ENV = "TIERLESS_DATA_DIR";
    static final String DB_PORT_ENV = "TIERLESS_DB_PORT";
    static final String KEYCLOAK_PORT_ENV = "TIERLESS_KEYCLOAK_PORT";
    static final String REALM_FILE_ENV = "TIERLESS_REALM_FILE";

    private EnvironmentSettings() {
    }

    static Path dataDir() {
        return Path.of(valueOr(DATA_DIR_ENV, ".data"));
    }

    static int databasePort() {
        return Integer.parseInt(valueOr(DB_PORT_ENV, "15432"));
    }

    static int keycloakPort() {
        return Integer.parseInt(valueOr(KEYCLOAK_PORT_ENV, "8180"));
    }

    static Path realmFile() {
        return Path.of(valueOr(REALM_FILE_ENV, "ops/keycloak/tierless-realm.json"));
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String valueOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return isSet(value) ? value : fallback;
    }
}
