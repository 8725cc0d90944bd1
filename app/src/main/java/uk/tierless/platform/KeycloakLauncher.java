package uk.tierless.platform;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
            writeRealm(home.get());
            Path log = keycloakFolder.resolve("keycloak.log");
            // A fixed hostname gives every token the same issuer, whether a script asks localhost or 127.0.0.1.
            Process keycloak = new ProcessBuilder(home.get().resolve("bin").resolve("kc.sh").toString(),
                    "start-dev", "--http-port=" + port, "--hostname=http://localhost:" + port, "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Files.writeString(pidFile, String.valueOf(keycloak.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(keycloak.toHandle()), "keycloak-stopper"));
            String realmUrl = "http://localhost:" + port + "/realms/" + REALM;
            System.setProperty(AUTH_SERVER_URL_PROPERTY, realmUrl);
            System.setProperty("quarkus.oidc.staff.credentials.secret", DEMO_WEB_SECRET);
            System.setProperty(ENABLED_PROPERTY, "true");
            quietUntilKeycloakIsUp();
            LOG.infof("Staff sign-in waits for Keycloak, which is starting on http://localhost:%d (realm %s, demo users:"
                    + " README.md; about a minute the first time); its log: %s", port, REALM, log.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Staff sign-in is off: Keycloak could not be started from %s", home.get());
        }
    }

    /**
     * Quarkus connects to the realm at start, before Keycloak is up, and warns six times (two with stack traces) that
     * the server is not available; for the Keycloak started here that is expected, so the line above replaces them.
     */
    private static void quietUntilKeycloakIsUp() {
        for (String category : List.of("io.quarkus.oidc.runtime.OidcRecorder", "io.quarkus.oidc.common.runtime.OidcCommonUtils")) {
            System.setProperty("quarkus.log.category.\"" + category + "\".level", "ERROR");
        }
    }

    /**
     * Puts the realm, with the web client's URIs for this public address, where {@code --import-realm} reads it.
     * Keycloak imports a realm only when it lacks it, so a changed realm (another port, an edited file) drops
     * Keycloak's own dev database first: the demo realm is then imported afresh.
     */
    private static void writeRealm(Path home) throws IOException {
        Path realmFile = EnvironmentSettings.realmFile();
        String realm = DemoRealm.forOrigin(Files.readString(realmFile), DemoRealm.origin(EnvironmentSettings.publicUrl()));
        Path imported = Files.createDirectories(home.resolve("data").resolve("import")).resolve(realmFile.getFileName());
        if (Files.isRegularFile(imported) && realm.equals(Files.readString(imported))) {
            return;
        }
        Path database = home.resolve("data").resolve("h2");
        if (Files.isDirectory(database)) {
            LOG.infof("The realm changed (%s): Keycloak imports it afresh", realmFile);
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(imported, realm);
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
