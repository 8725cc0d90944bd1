package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.photos.TestPhotos;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Odd input that once gave a 500 or an empty body: each is a 4xx that says what is wrong, or it succeeds. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OddInputTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void anEmptyContentTypeIsA415InTheErrorShape() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(root.resolve("/api/v1/requests")).header("Content-Type", "")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(api.statusCode()).isEqualTo(415);
        assertThat(api.body()).contains("\"error\":\"unsupported_media_type\"");

        HttpResponse<String> page = send(HttpRequest.newBuilder(root.resolve("/track")).header("Content-Type", "a/b/c")
                .POST(HttpRequest.BodyPublishers.ofString("reference=x")));
        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(page.body()).contains("<!DOCTYPE html>", "send the form on the page");
    }

    @Test
    void mistypedJsonNamesTheFieldAndMalformedJsonWhereItBreaks() {
        given().contentType("application/json").body("{\"service\":{\"a\":1}}").when().post("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_json"))
                .body("message", containsString("line 1, column 12"))
                .body("details[0].field", equalTo("service")).body("details[0].message", equalTo("service must be text"));
        given().contentType("application/json").body("{\"contact\":{\"email\":[1]}}").when().post("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_json"))
                .body("details[0].field", equalTo("contact.email"));
        given().contentType("application/json").body("[1,2]").when().post("/api/v1/requests/track")
                .then().statusCode(400).body("error", equalTo("invalid_json"))
                .body("message", startsWith("The request body must be an object"));
        given().contentType("application/json").body("{\"service\": ").when().post("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_json"))
                .body("message", equalTo("The request body is not valid JSON: it breaks at line 1, column 13."));
    }

    @Test
    void aTrailingSlashLeadsToThePage() throws Exception {
        given().redirects().follow(false).when().get("/track/?x=1").then().statusCode(308)
                .header("Location", equalTo("/track?x=1"));
        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                + "//example.com/")).GET());
        assertThat(elsewhere.statusCode()).isEqualTo(308);
        assertThat(elsewhere.headers().firstValue("Location")).contains("/example.com");
        given().when().get("/track/").then().statusCode(200).body(containsString("name=\"csrf-token\""));
    }

    @Test
    void aFormOfMoreThanAThousandFieldsIsA413Page() {
        Response track = given().when().get("/track");
        String fields = IntStream.range(0, 1200).mapToObj(i -> "f" + i + "=x").collect(Collectors.joining("&"));
        given().cookies(track.getCookies()).contentType("application/x-www-form-urlencoded").body(fields)
                .when().post("/track").then().statusCode(413).contentType(startsWith("text/html"))
                .body(containsString("more than 1000 fields"));
    }

    @Test
    void aMultipartBodyToAFormPageOrAFormWithoutItsTokenIsAPage() {
        Response track = given().when().get("/track");
        given().cookies(track.getCookies()).multiPart("reference", "x").when().post("/track")
                .then().statusCode(415).contentType(startsWith("text/html"))
                .body(containsString("send the form on the page"));
        given().contentType("application/x-www-form-urlencoded").formParam("reference", "x").when().post("/track")
                .then().statusCode(400).contentType(startsWith("text/html")).body(containsString("<!DOCTYPE html>"));
    }

    @Test
    void aChunkedBodyIsMeasuredAsItStreams() throws Exception {
        HttpResponse<String> small = send(chunked("/api/v1/photos", "image/jpeg", TestPhotos.image("jpg")));
        assertThat(small.statusCode()).isEqualTo(201);

        HttpResponse<String> large = send(chunked("/api/v1/requests/track", "application/json", new byte[2_000_000]));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("\"error\":\"payload_too_large\"");
        assertSecurityHeaders(large);

        Response track = given().when().get("/track");
        HttpResponse<String> form = send(chunked("/track", "application/x-www-form-urlencoded",
                ("csrf-token=" + track.getCookie("csrf-token")
                        + "&reference=TAM-2611-9999&email=a@example.com&contact=a@example.com").getBytes())
                .header("Cookie", "csrf-token=" + track.getCookie("csrf-token")));
        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(form.body()).contains("We could not find a request");

        String token = track.getCookie("csrf-token");
        byte[] multipart = TestPhotos.concat(("--fuzz\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + token + "\r\n--fuzz\r\nContent-Disposition: form-data; name=\"page\"\r\n\r\n3\r\n--fuzz\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(), TestPhotos.image("jpg"), "\r\n--fuzz--\r\n".getBytes());
        HttpResponse<String> photoPage = send(chunked("/form/check?service=report-pothole&postcode=B79%207AH",
                "multipart/form-data; boundary=fuzz", multipart).header("Cookie", "csrf-token=" + token)
                .timeout(java.time.Duration.ofSeconds(30)));
        assertThat(photoPage.statusCode()).isIn(200, 400);
        assertThat(photoPage.body()).contains("<!DOCTYPE html>");
    }

    @Test
    void aBodyTooLargeByItsLengthIsRefusedWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> large = send(HttpRequest.newBuilder(root.resolve("/track"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1_200_000])));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("<!DOCTYPE html>", "at most 1 MB");
        assertSecurityHeaders(large);
    }

    @Test
    void aPhotoThatCannotBeDecodedIsRefused() {
        given().contentType("image/jpeg").body(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})
                .when().post("/api/v1/photos").then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details[0].field", equalTo("photo"))
                .body("details[0].message", containsString("could not be read"));
    }

    private HttpRequest.Builder chunked(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
