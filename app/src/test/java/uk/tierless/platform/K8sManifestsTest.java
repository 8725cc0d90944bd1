package uk.tierless.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests of ops/k8s (docs/operations.md, Deploy) as a cluster would read them: the right kinds,
 * probes on health paths this application answers, limits, a non-root read-only container, settings that exist,
 * secrets only by reference, the whole tenants folder, and labels that tie the objects together.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class K8sManifestsTest {

    private static final Path K8S = Path.of("../ops/k8s");
    private static final Path TENANTS = Path.of("../tenants");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SECRET_LIKE = Pattern.compile("PASSWORD|SECRET|KEY|TOKEN|CREDENTIAL");

    @Test
    void everyManifestIsOfTheKindAndApiVersionAClusterTakes() {
        assertThat(kindAndVersion("deployment.yaml")).isEqualTo("Deployment apps/v1");
        assertThat(kindAndVersion("service.yaml")).isEqualTo("Service v1");
        assertThat(kindAndVersion("hpa.yaml")).isEqualTo("HorizontalPodAutoscaler autoscaling/v2");
        assertThat(kindAndVersion("pdb.yaml")).isEqualTo("PodDisruptionBudget policy/v1");
        assertThat(kindAndVersion("data-volume.yaml")).isEqualTo("PersistentVolumeClaim v1");
        assertThat(kindAndVersion("tenants-configmap.yaml")).isEqualTo("ConfigMap v1");
        assertThat(kindAndVersion("tenants-volume.yaml")).isEqualTo("Deployment apps/v1");
        assertThat(kindAndVersion("kustomization.yaml")).isEqualTo("Kustomization kustomize.config.k8s.io/v1beta1");
    }

    @Test
    void theKustomizationAppliesEveryManifest() throws IOException {
        JsonNode kustomization = read("kustomization.yaml");
        Set<String> listed = new TreeSet<>(texts(kustomization.path("resources")));
        kustomization.path("patches").forEach(patch -> listed.add(patch.path("path").asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            assertThat(listed).isEqualTo(new TreeSet<>(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList()));
        }
    }

    @Test
    void theProbesAskHealthPathsThisApplicationAnswersOnItsPort() {
        JsonNode container = container();
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode httpGet = container.path(probe).path("httpGet");
            assertThat(httpGet.path("port").asText()).as(probe).isEqualTo("http");
            given().when().get(httpGet.path("path").asText()).then().statusCode(200);
        }
        JsonNode port = container.path("ports").get(0);
        assertThat(port.path("name").asText()).isEqualTo("http");
        assertThat(port.path("containerPort").asText()).isEqualTo(imageSetting("quarkus.jib.ports"));
    }

    @Test
    void theContainerHasRequestsAndLimitsWithMemoryGuaranteed() {
        JsonNode resources = container().path("resources");
        for (String field : List.of("/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory")) {
            assertThat(resources.at(field).asText()).as(field).isNotBlank();
        }
        // A JVM's memory does not shrink on demand: a limit above the request invites the OOM killer.
        assertThat(resources.at("/limits/memory").asText()).isEqualTo(resources.at("/requests/memory").asText()).isEqualTo("512Mi");
    }

    @Test
    void itRunsAsTheImagesNonRootUserOnAReadOnlyRootWithScratchSpaceInTmp() {
        JsonNode pod = podSpec(read("deployment.yaml"));
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asText()).isEqualTo(imageSetting("quarkus.jib.user")).isNotEqualTo("0");
        JsonNode security = container().path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
        Map<String, String> mounts = new TreeMap<>();
        container().path("volumeMounts").forEach(mount -> mounts.put(mount.path("mountPath").asText(), mount.path("name").asText()));
        assertThat(mounts).containsEntry("/tmp", "tmp").containsEntry("/etc/tierless/tenants", "tenants")
                .containsEntry(imageEnvironment("TIERLESS_DATA_DIR"), "data");
        assertThat(imageEnvironment("TIERLESS_TENANTS_DIR")).isEqualTo("/etc/tierless/tenants");
        assertThat(volume(pod, "tmp").has("emptyDir")).isTrue();
        assertThat(volume(pod, "data").at("/persistentVolumeClaim/claimName").asText())
                .isEqualTo(read("data-volume.yaml").at("/metadata/name").asText());
    }

    @Test
    void everyVariableTheDeploymentSetsIsADocumentedSetting() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher names = Pattern.compile("`((?:TIERLESS|QUARKUS)_[A-Z0-9_]+)`").matcher(Files.readString(Path.of("../README.md")));
        while (names.find()) {
            documented.add(names.group(1));
        }
        List<String> set = new ArrayList<>();
        container().path("env").forEach(variable -> set.add(variable.path("name").asText()));
        assertThat(set).isNotEmpty().allSatisfy(name -> assertThat(documented).as("README.md, Configuration").contains(name));
        assertThat(set).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void secretsComeOnlyByReference() throws IOException {
        container().path("env").forEach(variable -> {
            String name = variable.path("name").asText();
            if (SECRET_LIKE.matcher(name).find()) {
                assertThat(variable.has("value")).as(name + " has a value written in the manifest").isFalse();
                assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(name).isNotBlank();
                assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).as(name).isNotBlank();
            }
        });
        container().path("envFrom").forEach(source -> assertThat(source.fieldNames()).toIterable().containsExactly("secretRef"));
        for (Path file : manifests()) {
            assertThat(YAML.readTree(file.toFile()).path("kind").asText()).as(file.toString()).isNotEqualTo("Secret");
        }
    }

    @Test
    void theTenantsConfigMapHoldsEveryFileOfEveryCouncilFolderAtItsPath() throws IOException {
        JsonNode data = read("tenants-configmap.yaml").path("data");
        JsonNode tenantsVolume = volume(podSpec(read("tenants-volume.yaml")), "tenants");
        assertThat(tenantsVolume.at("/configMap/name").asText()).isEqualTo(read("tenants-configmap.yaml").at("/metadata/name").asText());
        Map<String, String> paths = new TreeMap<>();
        tenantsVolume.at("/configMap/items").forEach(item -> paths.put(item.path("key").asText(), item.path("path").asText()));

        Map<String, String> expected = new TreeMap<>();
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TENANTS, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = TENANTS.relativize(file);
                assertThat(relative.getNameCount()).as("a file outside a council folder: " + relative).isEqualTo(2);
                folders.add(relative.getName(0).toString());
                expected.put(relative.getName(0) + "__" + relative.getName(1), relative.toString().replace('\\', '/'));
                assertThat(data.path(relative.getName(0) + "__" + relative.getName(1)).asText())
                        .as("%s in the ConfigMap: run ops/k8s/tenants.sh", relative).isEqualTo(Files.readString(file));
            }
        }
        assertThat(folders).contains("tamworth", "staffordshire", "partnerships");
        assertThat(paths).as("the volume's items: run ops/k8s/tenants.sh").isEqualTo(expected);
        Set<String> keys = new TreeSet<>();
        data.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("the ConfigMap's keys").isEqualTo(expected.keySet());
    }

    @Test
    void theServiceAutoscalerAndBudgetSelectTheDeploymentsPods() {
        JsonNode deployment = read("deployment.yaml");
        JsonNode selector = deployment.at("/spec/selector/matchLabels");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(selector.size()).isPositive();
        selector.fields().forEachRemaining(label -> assertThat(podLabels.path(label.getKey())).isEqualTo(label.getValue()));
        assertThat(read("service.yaml").at("/spec/selector")).isEqualTo(selector);
        assertThat(read("pdb.yaml").at("/spec/selector/matchLabels")).isEqualTo(selector);
        assertThat(read("service.yaml").at("/spec/ports/0/targetPort").asText()).isEqualTo(container().at("/ports/0/name").asText());

        JsonNode hpa = read("hpa.yaml");
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText())
                .isEqualTo(read("tenants-volume.yaml").at("/metadata/name").asText());
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThan(read("pdb.yaml").at("/spec/minAvailable").asInt());
    }

    private static String kindAndVersion(String file) {
        JsonNode manifest = read(file);
        return manifest.path("kind").asText() + " " + manifest.path("apiVersion").asText();
    }

    private static JsonNode container() {
        return podSpec(read("deployment.yaml")).path("containers").get(0);
    }

    private static JsonNode podSpec(JsonNode deployment) {
        return deployment.at("/spec/template/spec");
    }

    private static JsonNode volume(JsonNode podSpec, String name) {
        for (JsonNode volume : podSpec.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static JsonNode read(String file) {
        try {
            return YAML.readTree(K8S.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The image's settings of application.properties (make image). */
    private static String imageSetting(String key) {
        Properties properties = new Properties();
        try (var in = K8sManifestsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    private static String imageEnvironment(String variable) {
        return imageSetting("quarkus.jib.environment-variables.\"" + variable + "\"");
    }
}
