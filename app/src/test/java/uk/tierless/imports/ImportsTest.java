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
import uk.tierless.platform.WithoutDemoHistory;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
        @Override
        public Map<String, String> getConfigOverrides() {
            return WithoutDemoHistory.and(Map.of());
        }
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
    void anOnspdImportReplacesTheDirectoryRejectsUnusableRowsByLineAndChangesNothingTheSecondTime() throws Exception {
        String file = HEADER + B797AH
                + "B79 7AJ,B79 7AJ,,,420122,304591,1,E07999999,E10000028,,,,\n"          // line 3: unknown area
                + "B79 7AL,B79 7AL,,,,,9,E07000199,E10000028,,,,\n"                       // line 4: no grid reference
                + "JE2 3AB,JE2 3AB,,,,,9,L99999999,L99999999,,,,\n"                       // line 5: Jersey
                + ST41DJ + TERMINATED
                + "B79 7AH,B79 7AH,,,420122,304591,1,E07000199,E10000028,,,,\n";          // line 8: duplicate

        ValidatableResponse done = replaceAndWait("onspd", null, file);
        done.body("state", equalTo("succeeded"))
                .body("rowsRead", equalTo(7))
                .body("imported", equalTo(3))
                .body("rejected", equalTo(4))
                .body("rejections.line", contains(3, 4, 5, 8))
                .body("rejections[0].reason", containsString("E07999999 is not in the council register"))
                .body("rejections[1].reason", equalTo("B79 7AL has no grid reference in Great Britain"))
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
        replaceAndWait("onspd", null, HEADER + B797AH + ST41DJ).body("state", equalTo("succeeded"));
        String versions = rowVersions("postcodes");

        importAndWait("onspd", null, HEADER + B797AH + "ST4 1DJ,\"ST4 1D")
                .body("state", equalTo("failed"))
                .body("message", equalTo("The file ends in the middle of line 3, without a line end: it looks cut off."
                        + " Nothing was changed."));
        importAndWait("onspd", null, HEADER + B797AH + "ST4 1DJ,\"ST4 1D\n")
                .body("state", equalTo("failed"))
                .body("message", containsString("it looks cut off or damaged. Nothing was changed."));
        importAndWait("boundaries", null, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feat")
                .body("state", equalTo("failed"))
                .body("message", containsString("not valid GeoJSON"));
        importAndWait("onspd", null, HEADER + B797AH + ST41DJ.substring(0, ST41DJ.length() - 4))
                .body("state", equalTo("failed"))
                .body("message", containsString("line 3, without a line end: it looks cut off"));

        assertThat(rowVersions("postcodes")).isEqualTo(versions);
        given().queryParam("postcode", "ST4 1DJ").when().get("/api/v1/places").then().statusCode(200);
    }

    @Test
    void addressesReplaceOnlyTheirOwnSourceAndOpenUprnAddsCoordinates() throws Exception {
        replaceAndWait("onspd", null, HEADER + B797AH + ST41DJ).body("state", equalTo("succeeded"));
        importAndWait("addresses", "tamworth-llpg", "uprn,address,postcode,easting,northing\n"
                + "100031791573,\"1 Market Street, Tamworth\",b79 7ah,420130,304600\n"
                + "100031791574,\"2 Market Street, Tamworth\",B79 7AH,,\n"
                + "100031791576,\"3 Market Street, Tamworth\",,,\n"
                + "100031791575,\"4 Market Street, Tamworth\",B79 7AH,9999999,1\n")
                .body("imported", equalTo(2))
                .body("rejections.line", contains(4, 5))
                .body("rejections[0].reason", equalTo("UPRN 100031791576 has no postcode"))
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

        replaceAndWait("addresses", "tamworth-llpg", "uprn,address,postcode\n"
                + "100031791574,\"2 Market Street, Tamworth\",B79 7AH\n").body("imported", equalTo(1));
        given().when().get("/api/v1/places/100031791573").then().statusCode(404);
        given().when().get("/api/v1/places/3455001").then().statusCode(200);
    }

    @Test
    void theCouncilRegisterAddsNonMembersAndLeavesMembersAlone() throws Exception {
        importAndWait("councils", null, "gss-code,official-name,nice-name,local-authority-type,gov-uk-slug,county_gss_code\n"
                + "E06000020,Telford and Wrekin Council,Telford and Wrekin,UA,telford-and-wrekin,\n"
                + "E07000199,Tamworth Council (renamed),Tamworth,NMD,tamworth,E10000028\n"
                + "E06000099,Nowhere Council,Nowhere,XYZ,nowhere,\n"
                + "E06000098,,Nameless,UA,nameless,\n")
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
        replaceAndWait("boundaries", null, """
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
        String admin = ImportTestSupport.platformAdmin();
        given().auth().oauth2(admin).body("x").when().post("/api/v1/admin/imports/parish-councils").then()
                .statusCode(404).body("message", containsString("use one of addresses, boundaries, collection-changes, collection-rounds, councils, onspd, open-uprn"));
        given().auth().oauth2(admin).body("x").when().post("/api/v1/admin/imports/addresses").then()
                .statusCode(400).body("details[0].field", equalTo("source"));
        given().auth().oauth2(admin).body("x").queryParam("source", "x").when().post("/api/v1/admin/imports/onspd").then()
                .statusCode(400).body("details[0].field", equalTo("source"));
        given().auth().oauth2(admin).body("x").queryParam("allowShrink", "yes").when().post("/api/v1/admin/imports/onspd")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details[0].field", equalTo("allowShrink"));
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

    /** An import that may shrink its dataset: these tests replace the demo data with a few rows of their own. */
    private static ValidatableResponse replaceAndWait(String kind, String source, String file) {
        return ImportTestSupport.importAndWait(kind, source, true, file);
    }

    private static ValidatableResponse importAndWait(String kind, String source, String file) {
        return ImportTestSupport.importAndWait(kind, source, false, file);
    }

    private String rowVersions(String table) throws Exception {
        return ImportTestSupport.rowVersions(dataSource, table);
    }
}
