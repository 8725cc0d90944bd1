package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.api.PageRequest;
import uk.tierless.audit.AuditEventView;
import uk.tierless.audit.AuditLog;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A council's branding through the API: colour (with its contrast), welcome and logo, each change live at once and
 * audited; bad input refused with a reason and nothing changed; the council's own administrators only.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BrandingTest {

    static final String COUNCIL = "staffordshire-moorlands";
    static final String COLOUR = "#28593b";
    static final String WELCOME = "Welcome to Staffordshire Moorlands District Council. Find your bin day, report a"
            + " problem and manage your council tax. Some services open on our website.";

    @Inject
    Branding branding;

    @Inject
    AuditLog auditLog;

    static String admin() {
        return TestTokens.realm(COUNCIL + ".admin", COUNCIL, null, StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER);
    }

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        branding.change(COUNCIL, new Branding.BrandingChange(COLOUR, WELCOME), "tester");
    }

    @Test
    void aNewColourAndWelcomeAreLiveAtOnceAndAudited() {
        // The profile page as it was, which is now kept rendered (RenderedPages): the change must replace it at once.
        given().when().get("/c/" + COUNCIL).then().statusCode(200)
                .body(containsString("Welcome to Staffordshire Moorlands District Council."))
                .body(containsString("/brand/" + COUNCIL + ".css?v=28593b"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("brandColour", "#1D70B8", "welcome", "  Hello from the Moorlands.  "))
                .when().put("/api/v1/councils/" + COUNCIL + "/branding")
                .then().statusCode(200)
                .body("brandColour", equalTo("#1d70b8"))
                .body("contrast", equalTo("5.1:1"))
                .body("welcome", equalTo("Hello from the Moorlands."));

        given().when().get("/c/" + COUNCIL).then().statusCode(200)
                .body(containsString("Hello from the Moorlands."))
                .body(containsString("/brand/" + COUNCIL + ".css?v=1d70b8"));
        given().when().get("/brand/" + COUNCIL + ".css").then().statusCode(200).body(containsString("#1d70b8"));

        AuditEventView event = auditLog.history(COUNCIL, Branding.SUBJECT, new PageRequest(1, 1)).items().get(0);
        assertThat(event.action()).isEqualTo("branding.changed");
        assertThat(event.actor()).isEqualTo(COUNCIL + ".admin");
        assertThat(event.before().get("brandColour").asText()).isEqualTo(COLOUR);
        assertThat(event.before().get("welcome").asText()).isEqualTo(WELCOME);
        assertThat(event.after().get("brandColour").asText()).isEqualTo("#1d70b8");
        assertThat(event.after().get("welcome").asText()).isEqualTo("Hello from the Moorlands.");
    }

    @Test
    void aColourWhiteTextCannotBeReadOnIsRefusedWithItsRatioAndNothingChanges() {
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("brandColour", "#ffdd00", "welcome", "A welcome that must not be saved."))
                .when().put("/api/v1/councils/" + COUNCIL + "/branding")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", equalTo("White text on #ffdd00 has a contrast ratio of 1.3:1; it needs at least 4.5:1."))
                .body("details.field", contains("brandColour"));

        given().auth().oauth2(admin()).when().get("/api/v1/councils/" + COUNCIL + "/branding")
                .then().statusCode(200)
                .body("brandColour", equalTo(COLOUR))
                .body("welcome", equalTo(WELCOME));
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("brandColour", "green", "welcome", "x".repeat(501)))
                .when().put("/api/v1/councils/" + COUNCIL + "/branding")
                .then().statusCode(400)
                .body("details.field", contains("brandColour", "welcome"))
                .body("details[1].message", equalTo("The welcome must be 500 characters or fewer; it has 501"));
        given().auth().oauth2(admin()).contentType("application/json").body("{}")
                .when().put("/api/v1/councils/" + COUNCIL + "/branding")
                .then().statusCode(400)
                .body("details.message", contains("Enter a brand colour, such as #1d4f91",
                        "Enter a welcome for your council's page"));
    }

    @Test
    void onlyTheCouncilsOwnAdministratorsReachIt() {
        String path = "/api/v1/councils/" + COUNCIL + "/branding";
        String body = "{\"brandColour\": \"#1d70b8\", \"welcome\": \"Not allowed\"}";
        given().contentType("application/json").body(body).when().put(path).then().statusCode(401)
                .body("error", equalTo("unauthorized"));
        for (String token : List.of(
                TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN),
                TestTokens.caseworker(COUNCIL),
                TestTokens.realm("board", null, "staffordshire-connects", StaffRole.BOARD),
                TestTokens.realm("platform", null, null, StaffRole.PLATFORM_ADMIN))) {
            given().auth().oauth2(token).contentType("application/json").body(body).when().put(path)
                    .then().statusCode(403).body("error", equalTo("forbidden"));
            given().auth().oauth2(token).contentType("image/png").body(new byte[]{1})
                    .when().post("/api/v1/councils/" + COUNCIL + "/logo")
                    .then().statusCode(403);
        }
        given().contentType("image/png").body(new byte[]{1}).when().post("/api/v1/councils/" + COUNCIL + "/logo")
                .then().statusCode(401);
        given().auth().oauth2(admin()).when().get("/api/v1/councils/atlantis/branding").then().statusCode(404);
        given().auth().oauth2(admin()).when().get(path).then().statusCode(200).body("welcome", equalTo(WELCOME));
    }

    @Test
    void aPngLogoKeepsItsPixelsAndNothingElseAndShowsInTheHeader() throws IOException {
        BufferedImage picture = TestImages.picture(120, 40);
        byte[] upload = TestImages.pngWithText(picture);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(TestImages.HIDDEN);

        given().auth().oauth2(admin()).contentType("application/octet-stream").body(upload)
                .when().post("/api/v1/councils/" + COUNCIL + "/logo")
                .then().statusCode(200).body("logo", equalTo("/brand/" + COUNCIL + "/logo"));

        byte[] served = served("image/png");
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.HIDDEN);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(back.getWidth()).isEqualTo(120);
        for (int x = 0; x < 120; x += 13) {
            for (int y = 0; y < 40; y += 7) {
                assertThat(back.getRGB(x, y)).isEqualTo(picture.getRGB(x, y));
            }
        }
        given().when().get("/c/" + COUNCIL).then().statusCode(200)
                .body(containsString("<img src=\"/brand/" + COUNCIL + "/logo?v="));

        AuditEventView event = auditLog.history(COUNCIL, Branding.SUBJECT, new PageRequest(1, 1)).items().get(0);
        assertThat(event.action()).isEqualTo("branding.logo-changed");
        assertThat(event.after().get("mediaType").asText()).isEqualTo("image/png");
        assertThat(event.after().get("bytes").asInt()).isEqualTo(served.length);
    }

    @Test
    void aJpegLogoLosesItsComment() throws IOException {
        byte[] upload = TestImages.jpegWithComment(TestImages.picture(60, 30));
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(TestImages.HIDDEN);

        given().auth().oauth2(admin()).contentType("image/jpeg").body(upload)
                .when().post("/api/v1/councils/" + COUNCIL + "/logo").then().statusCode(200);

        byte[] served = served("image/jpeg");
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.HIDDEN);
        assertThat(ImageIO.read(new ByteArrayInputStream(served)).getHeight()).isEqualTo(30);
    }

    @Test
    void anythingButASmallSoundPngOrJpegIsRefusedAndTheLogoStays() throws IOException {
        byte[] png = TestImages.pngWithText(TestImages.picture(20, 20));
        given().auth().oauth2(admin()).contentType("image/png").body(png)
                .when().post("/api/v1/councils/" + COUNCIL + "/logo").then().statusCode(200);
        byte[] before = served("image/png");

        refused(TestImages.gif(TestImages.picture(20, 20)), 400, "The logo must be a PNG or JPEG image.");
        refused(Arrays.copyOf(png, png.length / 2), 400, "The logo could not be read as a PNG image: it may be damaged.");
        refused(TestImages.pngWithText(TestImages.picture(2100, 10)), 400,
                "The logo must be at most 2000 pixels wide and high; this one is 2100 by 10.");
        byte[] large = Arrays.copyOf(png, 201 * 1024);
        refused(large, 413, "The logo must be 200 KB or smaller.");
        refused(new byte[0], 400, "Choose a logo to upload: the file sent was empty.");

        assertThat(served("image/png")).isEqualTo(before);
    }

    private static void refused(byte[] upload, int status, String message) {
        given().auth().oauth2(admin()).contentType("image/png").body(upload)
                .when().post("/api/v1/councils/" + COUNCIL + "/logo")
                .then().statusCode(status).body("message", equalTo(message)).body("details.field", contains("logo"));
    }

    private static byte[] served(String mediaType) {
        Response logo = given().when().get("/brand/" + COUNCIL + "/logo");
        logo.then().statusCode(200).contentType(startsWith(mediaType));
        return logo.asByteArray();
    }
}
