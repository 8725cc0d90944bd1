package uk.tierless.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Imports replace datasets, so these run on a database of their own (a profile of their own). */
@QuarkusTest
@TestProfile(ImportsTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ImportsTest {

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String HEADER = "pcd,pcds,dointr,doterm,oseast1m,osnrth1m,osgrdind,oslaua,oscty,osward,ctry,lat,long\n";
    private static final String B797AH = "B79 7AH,B79 7AH,,,420122,304591,1,E07000199,E10000028,E05007071,E92000001,52.638696,-1.704085\n";
    private static final String ST41DJ = "ST4 1DJ,ST4 1DJ,,,387794,345156,1,E06000021,E99999999,E05014575,E92000001,53.003579,-2.183338\n";
    private static final String TERMINATED = "B79 7ZZ,B79 7ZZ,198001,201512,420200,304600,1,E07000199,E10000028,E05007071,E92000001,,\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyPlatformAdministratorsImport() {
        given().body(HEADER + B797AH).when().post("/api/v1/admin/imports/onspd").then().statusCode(401);
        given().auth().oauth2(TestTokens.caseworker("tamworth")).body(HEADER + B797AH)
                .when().post("/api/v1/admin/imports/onspd").then().statusCode(403);
        given().auth().oauth2(TestTokens.realm("staffordshire-connects.board", null, "staffordshire-connects", StaffRole.BOARD))
                .when().get("/api/v1/admin/imports/00000000-0000-0000-0000-000000000000").then().statusCode(403);
    }

    @Test
    void anOnspdImportReplacesTheDirectoryRejectsBadRowsByLineAndChangesNothingTheSecondTime() throws Exception {
        String file = HEADER + B797AH
                + "XYZ 123,XYZ 123,,,420122,304591,1,E07000199,E10000028,,,,\n"          // line 3: malformed
                + "B79 7AJ,B79 7AJ,,,420122,304591,1,E07999999,E10000028,,,,\n"          // line 4: unknown area
                + "B79 7AL,B79 7AL,,,,,9,E07000199,E10000028,,,,\n"                       // line 5: no grid reference
                + ST41DJ + TERMINATED
                + "B79 7AH,B79 7AH,,,420122,304591,1,E07000199,E10000028,,,,\n";          // line 8: duplicate

        ValidatableResponse done = importAndWait("onspd", null, file);
        done.body("state", equalTo("succeeded"))
                .body("rowsRead", equalTo(7))
                .body("imported", equalTo(3))
                .body("rejected", equalTo(4))
                .body("rejections.line", contains(3, 4, 5, 8))
                .body("rejections[0].reason", equalTo("\"XYZ 123\" is not a UK postcode"))
                .body("rejections[1].reason", containsString("E07999999 is not in the council register"))
                .body("rejections[3].reason", containsString("first on line 2"));

        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places").then().statusCode(200)
                .body("district.slug", equalTo("tamworth"));
        given().queryParam("postcode", "B79 8FL").when().get("/api/v1/places").then().statusCode(404);
        given().queryParam("postcode", "B79 7ZZ").when().get("/api/v1/places").then().statusCode(404)
                .body("message", equalTo("B79 7ZZ is no longer in use (terminated 201512)."));

        String versions = rowVersions("postcodes");
        importAndWait("onspd", null, file).body("state", equalTo("succeeded")).body("imported", equalTo(3));
        assertThat(rowVersions("postcodes")).as("re-importing the same file rewrote rows").isEqualTo(versions);
    }

    @Test
    void aFileCutOffHalfWayLeavesThePreviousDataServing() throws Exception {
        importAndWait("onspd", null, HEADER + B797AH + ST41DJ).body("state", equalTo("succeeded"));
        String versions = rowVersions("postcodes");

        importAndWait("onspd", null, HEADER + B797AH + "ST4 1DJ,\"ST4 1D")
                .body("state", equalTo("failed"))
                .body("message", containsString("it looks cut off or damaged. Nothing was changed."));
        importAndWait("boundaries", null, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feat")
                .body("state", equalTo("failed"))
                .body("message", containsString("not valid GeoJSON"));
        importAndWait("onspd", null, HEADER + B797AH + "ST4 1DJ,ST4 1DJ,,,3877")
                .body("state", equalTo("failed"))
                .body("message", containsString("cut off"));

        assertThat(rowVersions("postcodes")).isEqualTo(versions);
        given().queryParam("postcode", "ST4 1DJ").when().get("/api/v1/places").then().statusCode(200);
    }

    @Test
    void addressesReplaceOnlyTheirOwnSourceAndOpenUprnAddsCoordinates() throws Exception {
        importAndWait("onspd", null, HEADER + B797AH + ST41DJ).body("state", equalTo("succeeded"));
        importAndWait("addresses", "tamworth-llpg", "uprn,address,postcode,easting,northing\n"
                + "100031791573,\"1 Market Street, Tamworth\",b79 7ah,420130,304600\n"
                + "100031791574,\"2 Market Street, Tamworth\",B79 7AH,,\n"
                + "12ab,\"3 Market Street, Tamworth\",B79 7AH,,\n"
                + "100031791575,\"4 Market Street, Tamworth\",B79 7AH,9999999,1\n")
                .body("imported", equalTo(2))
                .body("rejections.line", contains(4, 5))
                .body("rejections[1].reason", containsString("outside Great Britain"));
        importAndWait("addresses", "stoke-llpg", "uprn,pao,street,town,postcode,lat,lon\n"
                + "3455001,10,Hanley Road,Stoke-on-Trent,ST4 1DJ,53.0036,-2.1833\n"
                + "100031791573,1,Market Street,Tamworth,B79 7AH,,\n")
                .body("imported", equalTo(1))
                .body("rejections[0].reason", equalTo("UPRN 100031791573 belongs to the source 'tamworth-llpg'"));

        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places").then()
                .body("addresses.address", hasItems("1 Market Street, Tamworth", "2 Market Street, Tamworth"));
        given().when().get("/api/v1/places/3455001").then().statusCode(200)
                .body("address", equalTo("10, Hanley Road, Stoke-on-Trent"))
                .body("district.slug", equalTo("stoke-on-trent"));

        importAndWait("open-uprn", null, "UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE\n"
                + "100031791574,420140.0,304610.0,52.6388,-1.7039\n"
                + "999999999999,420140.0,304610.0,52.6388,-1.7039\n")
                .body("state", equalTo("succeeded")).body("imported", equalTo(1));
        given().when().get("/api/v1/places/100031791574").then().statusCode(200)
                .body("location.easting", equalTo(420140));

        importAndWait("addresses", "tamworth-llpg", "uprn,address,postcode\n"
                + "100031791574,\"2 Market Street, Tamworth\",B79 7AH\n").body("imported", equalTo(1));
        given().when().get("/api/v1/places/100031791573").then().statusCode(404);
        given().when().get("/api/v1/places/3455001").then().statusCode(200);
    }

    @Test
    void theCouncilRegisterAddsNonMembersAndLeavesMembersAlone() throws Exception {
        importAndWait("councils", null, "gss-code,official-name,nice-name,local-authority-type,gov-uk-slug,county_gss_code\n"
                + "E06000020,Telford and Wrekin Council,Telford and Wrekin,UA,telford-and-wrekin,\n"
                + "E07000199,Tamworth Council (renamed),Tamworth,NMD,tamworth,E10000028\n"
                + "E0600002X,Bad Code Council,Bad,UA,bad-code,\n"
                + "E06000099,Nowhere Council,Nowhere,XYZ,nowhere,\n")
                .body("imported", equalTo(2))
                .body("rejections.line", contains(4, 5));
        given().when().get("/api/v1/councils/telford-and-wrekin").then().statusCode(200)
                .body("member", equalTo(false)).body("tier", equalTo("unitary"));
        given().when().get("/api/v1/councils/tamworth").then().statusCode(200)
                .body("name", equalTo("Tamworth Borough Council"));
        given().when().get("/api/v1/councils").then().body("slug", org.hamcrest.Matchers.not(hasItem("telford-and-wrekin")));
    }

    @Test
    void boundariesAreReadFeatureByFeature() throws Exception {
        importAndWait("boundaries", null, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"LAD23CD": "E07000199", "LAD23NM": "Tamworth"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.75, 52.6], [-1.65, 52.6], [-1.65, 52.66], [-1.75, 52.66], [-1.75, 52.6]]]}},
                  {"type": "Feature", "properties": {"LAD23CD": "E07000194"}, "geometry": {"type": "Point", "coordinates": [-1.8, 52.7]}},
                  {"type": "Feature", "properties": {"name": "no code"}, "geometry": null}
                ]}
                """)
                .body("state", equalTo("succeeded"))
                .body("imported", equalTo(1))
                .body("rejected", equalTo(2))
                .body("rejections[0].reason", containsString("a Point is not a boundary"));
        given().queryParam("lat", "52.63").queryParam("lon", "-1.70").when().get("/api/v1/places").then()
                .statusCode(200).body("district.slug", equalTo("tamworth"));
        given().queryParam("lat", "52.70").queryParam("lon", "-1.80").when().get("/api/v1/places").then()
                .statusCode(404);
    }

    @Test
    void mistakesInTheRequestAreExplained() {
        String admin = platformAdmin();
        given().auth().oauth2(admin).body("x").when().post("/api/v1/admin/imports/parish-councils").then()
                .statusCode(404).body("message", containsString("use one of addresses, boundaries, councils, onspd, open-uprn"));
        given().auth().oauth2(admin).body("x").when().post("/api/v1/admin/imports/addresses").then()
                .statusCode(400).body("details[0].field", equalTo("source"));
        given().auth().oauth2(admin).body("x").queryParam("source", "x").when().post("/api/v1/admin/imports/onspd").then()
                .statusCode(400).body("details[0].field", equalTo("source"));
        given().auth().oauth2(admin).when().get("/api/v1/admin/imports/not-a-job").then().statusCode(404);
        importAndWait("onspd", null, "").body("state", equalTo("failed")).body("message", containsString("empty"));
        importAndWait("onspd", null, "postcode,district\nB79 7AH,E07000199\n").body("state", equalTo("failed"))
                .body("message", containsString("no pcds or pcd column"));
    }

    @Test
    void otherRoutesKeepSmallBodies() {
        given().contentType("application/json").body("x".repeat(2 * 1024 * 1024)).when().post("/api/v1/councils")
                .then().statusCode(413).body("error", equalTo("payload_too_large"));
    }

    private ValidatableResponse importAndWait(String kind, String source, String file) {
        var request = given().auth().oauth2(platformAdmin()).contentType("text/csv").body(file);
        if (source != null) {
            request.queryParam("source", source);
        }
        String location = request.when().post("/api/v1/admin/imports/" + kind)
                .then().statusCode(202).body("kind", equalTo(kind)).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("succeeded", "failed").contains(
                given().auth().oauth2(platformAdmin()).when().get(location).then().extract().path("state")));
        return given().auth().oauth2(platformAdmin()).when().get(location).then().log().ifValidationFails().statusCode(200);
    }

    private static String platformAdmin() {
        return TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);
    }

    /** Every row's PostgreSQL row version: an update, even to the same values, would change it. */
    private String rowVersions(String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select string_agg(xmin::text, ',' order by 1) from " + table)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
