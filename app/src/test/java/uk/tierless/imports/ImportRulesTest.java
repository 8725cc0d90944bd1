package uk.tierless.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.tierless.imports.ImportTestSupport.demoLines;
import static uk.tierless.imports.ImportTestSupport.importAndWait;

/**
 * A file with a row of the wrong length, a malformed value, or far fewer rows than the dataset it replaces fails
 * as a whole, through the API, and changes nothing (the profile, and so the database, of {@link ImportsTest}).
 */
@QuarkusTest
@TestProfile(ImportsTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ImportRulesTest {

    private static final String ONSPD = "onspd_sample_staffs_worcs.csv";
    private static final String HEADER = "pcd,pcds,dointr,doterm,oseast1m,osnrth1m,osgrdind,oslaua,oscty,osward,ctry,lat,long\n";
    private static final String GOOD = "B79 7AH,B79 7AH,200001,,420122,304591,1,E07000199,E10000028,E05007071,E92000001,52.638696,-1.704085\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderFailsTheImport() throws Exception {
        importAndWait("onspd", null, true, demoLines(ONSPD, 21)).body("state", equalTo("succeeded"));
        String directory = versions("postcodes");

        importAndWait("onspd", null, false, HEADER + GOOD + "B79 7AJ,B79 7AJ,,,420122,304591,1,E07000199,E10000028,E05007071,E92000001,52.6\n" + GOOD)
                .body("state", equalTo("failed"))
                .body("message", equalTo("Line 3 has 12 fields where the header has 13: every row needs one value for"
                        + " each column (is the row cut short, or a value with a comma not quoted?). Nothing was changed."));
        importAndWait("onspd", null, false, HEADER + GOOD.replace("\n", ",extra\n"))
                .body("state", equalTo("failed")).body("message", equalTo("Line 2 has 14 fields where the header has 13:"
                        + " every row needs one value for each column (is the row cut short, or a value with a comma not"
                        + " quoted?). Nothing was changed."));
        assertThat(versions("postcodes")).isEqualTo(directory);

        importAndWait("addresses", "rules-fields", false, "uprn,address,postcode\n"
                + "100031791580,\"1 Market Street, Tamworth\",B79 7AH\n"
                + "100031791581,2 Market Street, Tamworth,B79 7AH\n")
                .body("state", equalTo("failed")).body("message", equalTo("Line 3 has 4 fields where the header has 3:"
                        + " every row needs one value for each column (is the row cut short, or a value with a comma not"
                        + " quoted?). Nothing was changed."));
        assertThat(count("select count(*) from addresses where source = 'rules-fields'")).isZero();
    }

    @Test
    void aMalformedValueFailsTheImportNamingLineColumnAndValue() throws Exception {
        importAndWait("onspd", null, true, demoLines(ONSPD, 21)).body("state", equalTo("succeeded"));
        String directory = versions("postcodes");
        Map<String, String> malformed = Map.of(
                GOOD.replace("B79 7AH,B79 7AH", "B79 7AH,XYZ 123"), "Line 3, column pcds: \"XYZ 123\" is not a UK postcode.",
                GOOD.replace("420122", "42O122"), "Line 3, column oseast1m: \"42O122\" is not a whole number.",
                GOOD.replace("E07000199", "E0700019"), "Line 3, column oslaua: \"E0700019\" is not a GSS code",
                GOOD.replace("200001", "2000-01"), "Line 3, column dointr: \"2000-01\" is not a year and month as yyyymm",
                GOOD.replace("-1.704085", "-1.7o4085"), "Line 3, column long: \"-1.7o4085\" is not a number.",
                GOOD.replace("B79 7AH,B79 7AH", "B79 7AH,"), "Line 3, column pcds: the value is missing; every row needs a UK postcode.");
        malformed.forEach((row, message) -> importAndWait("onspd", null, false, HEADER + GOOD.replace("B79 7AH", "B79 7AJ") + row)
                .body("state", equalTo("failed"))
                .body("message", org.hamcrest.Matchers.startsWith(message))
                .body("message", org.hamcrest.Matchers.endsWith("Nothing was changed.")));
        assertThat(versions("postcodes")).isEqualTo(directory);

        String councils = versions("councils");
        importAndWait("councils", null, false, "gss-code,official-name,nice-name,local-authority-type,gov-uk-slug,county_gss_code\n"
                + "E06000020,Telford and Wrekin Council (renamed),Telford and Wrekin,UA,telford-and-wrekin,\n"
                + "E0600002X,Bad Code Council,Bad,UA,bad-code,\n")
                .body("state", equalTo("failed"))
                .body("message", equalTo("Line 3, column gss-code: \"E0600002X\" is not a GSS code (E, W, S or N and eight"
                        + " digits, such as E07000199). Nothing was changed."));
        assertThat(versions("councils")).isEqualTo(councils);

        importAndWait("addresses", "rules-values", false, "uprn,address,postcode,easting,northing\n"
                + "100031791582,\"1 Market Street, Tamworth\",B79 7AH,420130,304600\n"
                + "12ab,\"3 Market Street, Tamworth\",B79 7AH,,\n")
                .body("state", equalTo("failed"))
                .body("message", equalTo("Line 3, column uprn: \"12ab\" is not a UPRN (1 to 12 digits, not starting with 0)."
                        + " Nothing was changed."));
        importAndWait("addresses", "rules-values", false, "uprn,address,postcode,easting,northing\n"
                + "100031791582,\"1 Market Street, Tamworth\",B79 7AH,420130,3O4600\n")
                .body("state", equalTo("failed"))
                .body("message", equalTo("Line 2, column northing: \"3O4600\" is not a number. Nothing was changed."));
        assertThat(count("select count(*) from addresses where source = 'rules-values'")).isZero();

        String boundaries = versions("boundaries");
        importAndWait("boundaries", null, true, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"LAD23CD": "E0700019"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.75, 52.6], [-1.65, 52.6], [-1.65, 52.66], [-1.75, 52.6]]]}}
                ]}
                """).body("state", equalTo("failed"))
                .body("message", equalTo("Line 2, the feature's property LAD23CD: \"E0700019\" is not a GSS code (E, W, S or"
                        + " N and eight digits, such as E07000199). Nothing was changed."));
        importAndWait("boundaries", null, true, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"LAD23CD": "E07000199"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.75, 52.6], [-1.65, "52.6"], [-1.65, 52.66], [-1.75, 52.6]]]}}
                ]}
                """).body("state", equalTo("failed"))
                .body("message", equalTo("Line 2, the geometry of E07000199: the position [-1.65,\"52.6\"] is not a"
                        + " longitude and latitude in numbers. Nothing was changed."));
        assertThat(versions("boundaries")).isEqualTo(boundaries);
    }

    @Test
    void aDirectoryMoreThanATenthSmallerIsRefusedUnlessAllowed() throws Exception {
        importAndWait("onspd", null, true, demoLines(ONSPD, 21)).body("state", equalTo("succeeded")).body("imported", equalTo(20));
        String directory = versions("postcodes");

        importAndWait("onspd", null, false, demoLines(ONSPD, 18))
                .body("state", equalTo("failed"))
                .body("imported", equalTo(0))
                .body("message", equalTo("The file would leave 17 postcodes where 20 serve now (17 rows read): 15.0% fewer,"
                        + " and an import may remove at most 10% of a dataset unless told to. If the smaller dataset is"
                        + " intended, import the file again with allowShrink=true (make import-onspd ALLOW_SHRINK=true)."
                        + " Nothing was changed."));
        assertThat(versions("postcodes")).isEqualTo(directory);

        importAndWait("onspd", null, false, demoLines(ONSPD, 19)).body("state", equalTo("succeeded")).body("imported", equalTo(18));
        importAndWait("onspd", null, true, demoLines(ONSPD, 11)).body("state", equalTo("succeeded")).body("imported", equalTo(10));
        given().queryParam("postcode", demoLines(ONSPD, 11).split("\n")[10].split(",")[1]).when().get("/api/v1/places")
                .then().statusCode(200);
        given().queryParam("postcode", demoLines(ONSPD, 12).split("\n")[11].split(",")[1]).when().get("/api/v1/places")
                .then().statusCode(404);
    }

    @Test
    void aSourceMoreThanATenthSmallerIsRefusedUnlessAllowed() throws Exception {
        String ten = addresses(10);
        String eight = addresses(8);
        importAndWait("addresses", "rules-shrink", false, ten).body("state", equalTo("succeeded")).body("imported", equalTo(10));
        String rows = versions("addresses");

        importAndWait("addresses", "rules-shrink", false, eight)
                .body("state", equalTo("failed"))
                .body("message", equalTo("The file would leave 8 addresses of the source 'rules-shrink' where 10 serve now"
                        + " (8 rows read): 20.0% fewer, and an import may remove at most 10% of a dataset unless told to."
                        + " If the smaller dataset is intended, import the file again with allowShrink=true"
                        + " (make import-addresses ALLOW_SHRINK=true). Nothing was changed."));
        assertThat(versions("addresses")).isEqualTo(rows);

        importAndWait("addresses", "rules-shrink", true, eight).body("state", equalTo("succeeded")).body("imported", equalTo(8));
        assertThat(count("select count(*) from addresses where source = 'rules-shrink'")).isEqualTo(8);
    }

    /** An address file of this many addresses on one street. */
    private static String addresses(int count) {
        StringBuilder file = new StringBuilder("uprn,address,postcode\n");
        for (int number = 1; number <= count; number++) {
            file.append(100031791600L + number).append(",\"").append(number).append(" Shrink Street, Tamworth\",B79 7AH\n");
        }
        return file.toString();
    }

    private String versions(String table) throws Exception {
        return ImportTestSupport.rowVersions(dataSource, table);
    }

    private long count(String query) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
