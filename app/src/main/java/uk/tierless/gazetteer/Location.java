package uk.tierless.gazetteer;

/** A place in both coordinate systems: WGS84 (lat/lon) and British National Grid (easting/northing, metres). */
public record Location(double lat, double lon, int easting, int northing) {

    public static Location fromGrid(int easting, int northing) {
        double[] latLon = BritishNationalGrid.toWgs84(easting, northing);
        return new Location(round(latLon[0]), round(latLon[1]), easting, northing);
    }

    public static Location fromWgs84(double lat, double lon) {
        int[] grid = BritishNationalGrid.fromWgs84(lat, lon);
        return new Location(lat, lon, grid[0], grid[1]);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }
}
