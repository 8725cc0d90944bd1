package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.portal.PagePosts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Absolute URLs come from TIERLESS_PUBLIC_URL, never the Host header; the security headers of every answer. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HttpSafetyTest {

    private static final String EVIL = "evil.example";
    private static final String PUBLIC = "http://localhost:8081";

    @Test
    void aMadeUpHostNeverReachesARedirect() {
        List<Response> answers = new java.util.ArrayList<>();
        answers.add(evil().queryParam("postcode", "B79 0AB").get("/find")); // no addresses: straight to the councils
        answers.add(evil().get("/your-councils"));
        answers.add(evil().queryParam("postcode", "B79 7AH").get("/services/missed-bin"));
        answers.add(evil().queryParam("council", "tamworth").get("/staff/login"));
        answers.add(evil().get("/staff"));
        answers.add(evil().get("/staff/logout"));

        Response form = given().get("/form?service=missed-bin&postcode=B79 7AH");
        String where = "?service=missed-bin&postcode=B79 7AH";
        Response contact = PagePosts.spec(form, Map.of("bin-type", "garden", "collection-date-day", "20",
                "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes", "address.line1", "2 New Road"))
                .header("Host", EVIL)
                .post("/form/check" + where);
        Response check = PagePosts.spec(contact, Map.of()).header("Host", EVIL).post("/form/check" + where);
        answers.add(contact);
        answers.add(check);
        answers.add(PagePosts.spec(check, Map.of()).header("Host", EVIL).post("/form/submit" + where));

        Map<String, String> staff = new HashMap<>(StaffSignIn.as("tamworth.caseworker"));
        Response home = given().cookies(staff).get("/staff/account");
        staff.putAll(home.getCookies());
        answers.add(given().cookies(staff).header("Host", EVIL).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", PagePosts.field(home, "csrf-token"))
                .post("/staff/sign-out"));

        for (Response answer : answers) {
            assertThat(answer.statusCode()).isBetween(200, 399);
            for (Header header : answer.getHeaders()) {
                assertThat(header.getValue()).as(header.getName()).doesNotContain(EVIL);
            }
            assertThat(answer.asString()).doesNotContain(EVIL);
        }
        assertThat(answers).extracting(Response::statusCode).containsExactly(303, 303, 303, 303, 302, 302, 200, 200, 303, 303);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 303)
                .allSatisfy(answer -> assertThat(answer.getHeader("Location")).startsWith(PUBLIC + "/"));
        assertThat(answers.get(4).getHeader("Location")).contains("redirect_uri=" + java.net.URLEncoder.encode(PUBLIC,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void personalAndAdministrationAnswersAreNotStoredAndTheCsrfCookieIsStrict() {
        for (String page : List.of("/track", "/form?service=missed-bin&postcode=B79 7AH", "/staff/login")) {
            assertThat(given().get(page).getHeader("Cache-Control")).as(page).isEqualTo("no-store");
        }
        assertThat(given().contentType("application/json").body(Map.of("reference", "TAM-2601-0001", "postcode", "B79 7AH"))
                .post("/api/v1/requests/track").getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(given().get("/api/v1/me").getHeader("Cache-Control")).isEqualTo("no-store");
        for (String adminAnswer : List.of("/admin/services", "/api/v1/councils/lichfield/services",
                "/api/v1/councils/lichfield/services.yaml", "/api/v1/councils/lichfield/branding",
                "/api/v1/partnerships/staffordshire-connects/templates")) {
            assertThat(given().redirects().follow(false).get(adminAnswer).getHeader("Cache-Control")).as(adminAnswer)
                    .isEqualTo("no-store");
        }
        assertThat(given().get("/").getHeader("Cache-Control")).isNull();
        assertThat(given().get("/api/v1/service-types").getHeader("Cache-Control")).isNull();

        Response form = given().get("/form?service=missed-bin&postcode=B79 7AH");
        assertThat(form.getDetailedCookie("csrf-token").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(form.getHeader("Strict-Transport-Security")).as("without secure cookies there is no TLS to insist on").isNull();
    }

    private static io.restassured.specification.RequestSpecification evil() {
        return given().header("Host", EVIL).redirects().follow(false);
    }
}
