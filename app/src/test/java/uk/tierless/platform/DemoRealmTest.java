package uk.tierless.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo realm the local Keycloak imports sends staff back to the port Tierless really runs on. */
class DemoRealmTest {

    private static final Path REALM = Path.of("../ops/keycloak/tierless-realm.json");

    @Test
    void theWebClientTakesItsUrisFromThePublicAddress() throws Exception {
        String rewritten = DemoRealm.forOrigin(Files.readString(REALM), DemoRealm.origin("http://localhost:9080/"));

        JsonNode web = client(rewritten, "tierless-web");
        assertThat(web.path("rootUrl").asText()).isEqualTo("http://localhost:9080");
        assertThat(web.path("redirectUris")).extracting(JsonNode::asText).containsExactly("http://localhost:9080/*");
        assertThat(web.path("webOrigins")).extracting(JsonNode::asText).containsExactly("http://localhost:9080");
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asText()).isEqualTo("http://localhost:9080/*");
        assertThat(rewritten).doesNotContain("localhost:8080");
    }

    @Test
    void everythingElseInTheRealmStaysAsItIs() throws Exception {
        String original = Files.readString(REALM);
        String rewritten = DemoRealm.forOrigin(original, "https://front-door.example.gov.uk");

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(rewritten).path("users")).isEqualTo(json.readTree(original).path("users"));
        assertThat(client(rewritten, "tierless-cli")).isEqualTo(client(original, "tierless-cli"));
        assertThat(DemoRealm.forOrigin(rewritten, "https://front-door.example.gov.uk")).isEqualTo(rewritten);
    }

    @Test
    void aPublicAddressWithoutSchemeIsRefusedWithAReason() {
        assertThat(DemoRealm.origin("https://front-door.example.gov.uk/portal")).isEqualTo("https://front-door.example.gov.uk");
        assertThatThrownBy(() -> DemoRealm.origin("localhost:9080"))
                .hasMessageContaining("TIERLESS_PUBLIC_URL must be an absolute URL");
    }

    private static JsonNode client(String realm, String clientId) throws Exception {
        for (JsonNode client : new ObjectMapper().readTree(realm).path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
