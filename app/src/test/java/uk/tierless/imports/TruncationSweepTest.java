package uk.tierless.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.imports.ImportTestSupport.DEMO;

/**
 * Files cut off anywhere: at every byte across a line of the postcode directory, and at a handful of places in the
 * other importers' files. Each fails and leaves its dataset exactly as it was. Run in-process, without HTTP, so that
 * a hundred imports take seconds (the profile, and so the database, of {@link ImportsTest}).
 */
@QuarkusTest
@TestProfile(ImportsTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TruncationSweepTest {

    private static final String CUT_OFF = "without a line end: it looks cut off.";
    private static final String SHRINK = "allowShrink=true";

    @Inject
    ImportJobs jobs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOnspdFileCutAtAnyByteAcrossALineChangesNothing() throws Exception {
        byte[] directory = firstLines(Files.readAllBytes(DEMO.resolve("onspd_sample_staffs_worcs.csv")), 301);
        assertThat(load("onspd", null, true, directory).state()).isEqualTo("succeeded");
        String before = versions("postcodes");
        assertThat(before).startsWith("300:");

        int lineStart = lineStart(directory, 151);
        int lineEnd = lineStart(directory, 152);
        for (int cut = lineStart; cut <= lineEnd; cut++) {
            // Cut inside the line, the file fails even when shrinking is allowed; cut at a line end, it is a shrink.
            boolean atLineEnd = cut == lineStart || cut == lineEnd;
            ImportJobView job = load("onspd", null, !atLineEnd, Arrays.copyOf(directory, cut));
            assertThat(job.state()).as("cut at byte %d (lines %d to %d): %s", cut, lineStart, lineEnd, job).isEqualTo("failed");
            assertThat(job.message()).as("cut at byte %d", cut).contains(atLineEnd ? SHRINK : "line 151, " + CUT_OFF);
        }
        assertThat(lineEnd - lineStart + 1).as("cut points").isGreaterThan(90);
        assertThat(versions("postcodes")).isEqualTo(before);
    }

    @Test
    void theWholeDemoDirectoryCutHalfWayFailsAtALineEndAsWellAsInsideTheLastValue() throws Exception {
        byte[] directory = Files.readAllBytes(DEMO.resolve("onspd_sample_staffs_worcs.csv"));
        ImportJobView whole = load("onspd", null, true, directory);
        assertThat(whole.state()).isEqualTo("succeeded");
        assertThat(whole.imported()).isEqualTo(28_455);
        String before = versions("postcodes");

        int halfWay = lineStart(directory, 14_237);
        ImportJobView atLineEnd = load("onspd", null, false, Arrays.copyOf(directory, halfWay));
        assertThat(atLineEnd.state()).isEqualTo("failed");
        assertThat(atLineEnd.message()).startsWith("The file would leave 14,235 postcodes where 28,455 serve now"
                + " (14,235 rows read): 50.0% fewer").contains(SHRINK);
        ImportJobView inLongitude = load("onspd", null, false, Arrays.copyOf(directory, halfWay - 4));
        assertThat(inLongitude.state()).isEqualTo("failed");
        assertThat(inLongitude.message()).contains("line 14236, " + CUT_OFF);

        assertThat(versions("postcodes")).isEqualTo(before);
        String lastPostcode = new String(directory, StandardCharsets.US_ASCII).lines().reduce((a, b) -> b).orElseThrow()
                .split(",")[1];
        given().queryParam("postcode", lastPostcode).when().get("/api/v1/places").then().statusCode(200);
    }

    @Test
    void boundariesCutAnywhereChangeNothing() throws Exception {
        byte[] boundaries = Files.readAllBytes(DEMO.resolve("lad_boundaries_staffs_worcs_neighbours.geojson"));
        assertThat(load("boundaries", null, true, boundaries).state()).isEqualTo("succeeded");
        String before = versions("boundaries");
        String text = new String(boundaries, StandardCharsets.US_ASCII);
        int lastFeatureEnd = text.lastIndexOf("]");
        List<Integer> cuts = List.of(1, boundaries.length / 3, boundaries.length / 2, text.lastIndexOf("{\"type\""),
                lastFeatureEnd - 1, lastFeatureEnd, lastFeatureEnd + 1, lastFeatureEnd + 9, boundaries.length - 1);
        for (int cut : cuts) {
            ImportJobView job = load("boundaries", null, true, Arrays.copyOf(boundaries, cut));
            assertThat(job.state()).as("cut at byte %d: %s", cut, job).isEqualTo("failed");
            assertThat(job.message()).as("cut at byte %d", cut).containsAnyOf("not valid GeoJSON", "cut off");
        }
        assertThat(versions("boundaries")).isEqualTo(before);
        given().queryParam("lat", "52.63").queryParam("lon", "-1.70").when().get("/api/v1/places").then()
                .statusCode(200);
    }

    @Test
    void addressesOpenUprnAndTheCouncilRegisterCutOffChangeNothing() throws Exception {
        // The demo addresses under UPRNs of their own, so that a source of this test owns them.
        String demo = Files.readString(DEMO.resolve("addresses-synthetic.csv"));
        byte[] addresses = demo.replaceAll("(?m)^990", "970").getBytes(StandardCharsets.UTF_8);
        assertThat(load("addresses", "sweep-llpg", true, addresses).imported()).isEqualTo(188);
        StringBuilder openUprn = new StringBuilder("UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE\n");
        demo.lines().skip(1).map(line -> line.split(",")).forEach(row -> openUprn.append(row[0].replaceFirst("^990", "970"))
                .append(',').append(row[row.length - 2]).append(".50,").append(row[row.length - 1]).append(".50,,\n"));
        byte[] coordinates = openUprn.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(load("open-uprn", null, false, coordinates).imported()).isEqualTo(188);
        byte[] register = Files.readAllBytes(DEMO.resolve("councils.csv"));
        assertThat(load("councils", null, false, register).state()).isEqualTo("succeeded");
        String addressesBefore = versions("addresses");
        String councilsBefore = versions("councils");

        for (int cut : midLineCuts(addresses, 95)) {
            assertCutOff("addresses", "sweep-llpg", Arrays.copyOf(addresses, cut));
        }
        ImportJobView halfAtLineEnd = load("addresses", "sweep-llpg", false, Arrays.copyOf(addresses, lineStart(addresses, 96)));
        assertThat(halfAtLineEnd.state()).isEqualTo("failed");
        assertThat(halfAtLineEnd.message()).contains("94 addresses of the source 'sweep-llpg' where 188 serve now", SHRINK);
        for (int cut : midLineCuts(coordinates, 95)) {
            assertCutOff("open-uprn", null, Arrays.copyOf(coordinates, cut));
        }
        for (int cut : midLineCuts(register, 20)) {
            assertCutOff("councils", null, Arrays.copyOf(register, cut));
        }
        assertThat(versions("addresses")).isEqualTo(addressesBefore);
        assertThat(versions("councils")).isEqualTo(councilsBefore);

        // Open UPRN and the register add and update, never remove: cut at a line end, they lose nothing.
        assertThat(load("open-uprn", null, false, Arrays.copyOf(coordinates, lineStart(coordinates, 96))).state())
                .isEqualTo("succeeded");
        assertThat(load("councils", null, false, Arrays.copyOf(register, lineStart(register, 20))).state())
                .isEqualTo("succeeded");
        assertThat(versions("addresses")).isEqualTo(addressesBefore);
        assertThat(versions("councils")).isEqualTo(councilsBefore);
    }

    private void assertCutOff(String kind, String source, byte[] file) {
        ImportJobView job = load(kind, source, true, file);
        assertThat(job.state()).as("%s cut after %d bytes", kind, file.length).isEqualTo("failed");
        assertThat(job.message()).as("%s cut after %d bytes", kind, file.length).contains(CUT_OFF);
    }

    private ImportJobView load(String kind, String source, boolean allowShrink, byte[] file) {
        try {
            Path upload = Files.createTempFile("tierless-sweep-", ".upload");
            try {
                Files.write(upload, file);
                return jobs.runNow(kind, source, allowShrink, upload, "test");
            } finally {
                Files.delete(upload);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String versions(String table) throws Exception {
        return ImportTestSupport.rowVersions(dataSource, table);
    }

    /** The byte offset at which a line (counted from 1) starts. */
    private static int lineStart(byte[] file, int line) {
        int offset = 0;
        for (int seen = 1; seen < line; seen++) {
            while (file[offset] != '\n') {
                offset++;
            }
            offset++;
        }
        return offset;
    }

    private static byte[] firstLines(byte[] file, int lines) {
        return Arrays.copyOf(file, lineStart(file, lines + 1));
    }

    /** A few cuts inside a line: after its first byte, half-way, and before its line end. */
    private static List<Integer> midLineCuts(byte[] file, int line) {
        int start = lineStart(file, line);
        int end = lineStart(file, line + 1) - 1;
        return List.of(start + 1, (start + end) / 2, end - 1, end);
    }
}
