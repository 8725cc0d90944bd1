package uk.tierless.platform;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local identity provider of {@code make run}: unless OIDC is configured from outside, start the Keycloak that
 * {@code make run} unpacked under the data folder, with the Tierless realm from {@code ops/keycloak/}, and point the
 * OIDC configuration at it. Keycloak boots beside the application (about 30 s); Quarkus connects to it on the first
 * sign-in. Stopping Tierless stops Keycloak.
 */
public final class KeycloakLauncher {

    static final String AUTH_SERVER_URL_PROPERTY = "quarkus.oidc.auth-server-url";
    static final String AUTH_SERVER_URL_ENV = "QUARKUS_OIDC_AUTH_SERVER_URL";
    /** Turns the realm's OIDC tenants on (application.properties reads it). */
    static final String ENABLED_PROPERTY = "tierless.identity.enabled";
    static final String REALM = "tierless";
    /** The web client's secret in the demo realm: for a local demo only, like the realm's users. */
    static final String DEMO_WEB_SECRET = "tierless-web-demo-secret";

    private static final Logger LOG = Logger.getLogger(KeycloakLauncher.class);

    private KeycloakLauncher() {
    }

    public static void startUnlessConfigured() {
        if (EnvironmentSettings.isSet(System.getProperty(AUTH_SERVER_URL_PROPERTY))
                || EnvironmentSettings.isSet(System.getenv(AUTH_SERVER_URL_ENV))) {
            System.setProperty(ENABLED_PROPERTY, "true");
            return;
        }
        Path keycloakFolder = EnvironmentSettings.dataDir().resolve("keycloak");
        Optional<Path> home = distribution(keycloakFolder);
        if (home.isEmpty()) {
            LOG.warnf("Staff sign-in is off: there is no Keycloak under %s (make run unpacks one) and %s is not set",
                    keycloakFolder.toAbsolutePath(), AUTH_SERVER_URL_ENV);
            return;
        }
        int port = EnvironmentSettings.keycloakPort();
        try {
            Path pidFile = keycloakFolder.resolve("keycloak.pid");
            stopOrphan(pidFile);
            Path realm = EnvironmentSettings.realmFile();
            Path imports = Files.createDirectories(home.get().resolve("data").resolve("import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Path log = keycloakFolder.resolve("keycloak.log");
            Process keycloak = new ProcessBuilder(home.get().resolve("bin").resolve("kc.sh").toString(),
                    "start-dev", "--http-port=" + port, "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Files.writeString(pidFile, String.valueOf(keycloak.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(keycloak.toHandle()), "keycloak-stopper"));
            String realmUrl = "http://localhost:" + port + "/realms/" + REALM;
            System.setProperty(AUTH_SERVER_URL_PROPERTY, realmUrl);
            System.setProperty("quarkus.oidc.staff.credentials.secret", DEMO_WEB_SECRET);
            System.setProperty(ENABLED_PROPERTY, "true");
            LOG.infof("Keycloak is starting on http://localhost:%d (realm %s, demo users: README.md); its log: %s",
                    port, REALM, log.toAbsolutePath());
        } catch (IOException e) {
            LOG.errorf(e, "Staff sign-in is off: Keycloak could not be started from %s", home.get());
        }
    }

    private static Optional<Path> distribution(Path keycloakFolder) {
        if (!Files.isDirectory(keycloakFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(keycloakFolder)) {
            return entries.filter(path -> Files.isExecutable(path.resolve("bin").resolve("kc.sh"))).sorted().reduce((a, b) -> b);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A Keycloak left running by a JVM killed with kill -9 would hold the port: stop it first. */
    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Files.delete(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(process -> process.info().commandLine().orElse("").contains("keycloak"))
                .ifPresent(orphan -> {
                    LOG.warnf("Stopping Keycloak (pid %d) left running by an earlier run", orphan.pid());
                    stop(orphan);
                });
    }

    private static void stop(ProcessHandle keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            keycloak.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            keycloak.destroyForcibly();
        }
    }
}
