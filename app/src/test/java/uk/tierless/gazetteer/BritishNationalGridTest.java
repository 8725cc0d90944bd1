package uk.tierless.gazetteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against ONSPD rows, which give both grid and WGS84 coordinates for the same postcode (ops/demo). */
class BritishNationalGridTest {

    @ParameterizedTest
    @CsvSource({
        "420122, 304591, 52.638696, -1.704085",   // B79 7AH, Tamworth
        "387794, 345156, 53.003579, -2.183338",   // ST4 1DJ, Stoke-on-Trent
        "351552, 240893, 52.064281, -2.708128",   // HR1 1BZ, Hereford
    })
    void gridAndWgs84AgreeWithinAFewMetres(int easting, int northing, double lat, double lon) {
        double[] wgs84 = BritishNationalGrid.toWgs84(easting, northing);
        assertThat(wgs84[0]).isCloseTo(lat, within(0.0001));
        assertThat(wgs84[1]).isCloseTo(lon, within(0.0001));

        int[] grid = BritishNationalGrid.fromWgs84(lat, lon);
        assertThat(grid[0]).isCloseTo(easting, within(8));
        assertThat(grid[1]).isCloseTo(northing, within(8));
    }
}
