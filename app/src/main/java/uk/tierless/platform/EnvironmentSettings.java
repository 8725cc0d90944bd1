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
    static final String PUBLIC_URL_ENV = "TIERLESS_PUBLIC_URL";
    static final String HTTP_PORT_ENV = "QUARKUS_HTTP_PORT";

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

    /** The address staff reach Tierless at: TIERLESS_PUBLIC_URL, else localhost on the HTTP port. */
    static String publicUrl() {
        return valueOr(PUBLIC_URL_ENV, "http://localhost:" + valueOr(HTTP_PORT_ENV, "8080"));
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String valueOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return isSet(value) ? value : fallback;
    }
}
