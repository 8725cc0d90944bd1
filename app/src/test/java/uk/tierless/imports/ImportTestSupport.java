package uk.tierless.imports;

import io.restassured.response.ValidatableResponse;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What the import tests share: starting an import over HTTP, the demo files, and the rows' versions. */
final class ImportTestSupport {

    /** The demo data that the test profile loads at start (application.properties, tierless.demo-data-dir). */
    static final Path DEMO = Path.of("../ops/demo");

    private ImportTestSupport() {
    }

    /** Posts the file as an import (with {@code allowShrink=true} when asked) and waits for the job to end. */
    static ValidatableResponse importAndWait(String kind, String source, boolean allowShrink, String file) {
        var request = given().auth().oauth2(platformAdmin()).contentType("text/csv").body(file);
        if (source != null) {
            request.queryParam("source", source);
        }
        if (allowShrink) {
            request.queryParam("allowShrink", "true");
        }
        String location = request.when().post("/api/v1/admin/imports/" + kind)
                .then().statusCode(202).body("kind", equalTo(kind)).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("succeeded", "failed").contains(
                given().auth().oauth2(platformAdmin()).when().get(location).then().extract().path("state")));
        return given().auth().oauth2(platformAdmin()).when().get(location).then().log().ifValidationFails().statusCode(200);
    }

    static String platformAdmin() {
        return TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);
    }

    /** Every row's PostgreSQL row version: an update, even to the same values, would change it. */
    static String rowVersions(DataSource dataSource, String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) || ':' || coalesce(string_agg(xmin::text, ','"
                     + " order by xmin::text), '') from " + table)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The first lines of a demo file (the header and rows), each with its line end. */
    static String demoLines(String file, int lines) {
        try (var all = Files.lines(DEMO.resolve(file), StandardCharsets.UTF_8)) {
            return String.join("", all.limit(lines).map(line -> line + "\n").toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
