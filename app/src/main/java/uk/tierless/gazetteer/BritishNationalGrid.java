package uk.tierless.gazetteer;

/**
 * Converts between British National Grid (OSGB36 Transverse Mercator, EPSG:27700) and WGS84 latitude/longitude,
 * with the Ordnance Survey's formulae and a Helmert transformation: a few metres of accuracy, enough to place a
 * point in a council area (a council's own data keeps its precise coordinates).
 */
public final class BritishNationalGrid {

    /** Great Britain's extent on the grid, in metres, with a margin for the coast and islands. */
    public static boolean inGreatBritain(double easting, double northing) {
        return easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000;
    }

    public static boolean inGreatBritainWgs84(double lat, double lon) {
        return lat >= 49.8 && lat <= 61.0 && lon >= -8.7 && lon <= 2.0;
    }

    // Airy 1830 (OSGB36) and GRS80/WGS84 ellipsoids; National Grid projection constants.
    private static final double AIRY_A = 6_377_563.396;
    private static final double AIRY_B = 6_356_256.909;
    private static final double WGS_A = 6_378_137.000;
    private static final double WGS_B = 6_356_752.3141;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100_000;
    private static final double E0 = 400_000;

    // Helmert parameters, WGS84 to OSGB36 (metres, ppm, arc-seconds).
    private static final double TX = -446.448;
    private static final double TY = 125.157;
    private static final double TZ = -542.060;
    private static final double SCALE_PPM = 20.4894;
    private static final double RX = -0.1502;
    private static final double RY = -0.2470;
    private static final double RZ = -0.8421;

    private BritishNationalGrid() {
    }

    /** Easting/northing to {lat, lon} in WGS84 degrees. */
    public static double[] toWgs84(double easting, double northing) {
        double[] osgb = gridToLatLon(easting, northing);
        double[] cartesian = toCartesian(osgb[0], osgb[1], AIRY_A, AIRY_B);
        double[] wgs = helmert(cartesian, -1);
        return toLatLon(wgs, WGS_A, WGS_B);
    }

    /** WGS84 degrees to {easting, northing}, rounded to the metre. */
    public static int[] fromWgs84(double lat, double lon) {
        double[] cartesian = toCartesian(Math.toRadians(lat), Math.toRadians(lon), WGS_A, WGS_B);
        double[] osgb = toLatLon(helmert(cartesian, 1), AIRY_A, AIRY_B);
        double[] grid = latLonToGrid(Math.toRadians(osgb[0]), Math.toRadians(osgb[1]));
        return new int[] {(int) Math.round(grid[0]), (int) Math.round(grid[1])};
    }

    private static double meridionalArc(double lat) {
        double n = (AIRY_A - AIRY_B) / (AIRY_A + AIRY_B);
        double n2 = n * n;
        double n3 = n2 * n;
        double dLat = lat - LAT0;
        double sLat = lat + LAT0;
        return AIRY_B * F0 * ((1 + n + 1.25 * n2 + 1.25 * n3) * dLat
                - (3 * n + 3 * n2 + 2.625 * n3) * Math.sin(dLat) * Math.cos(sLat)
                + (1.875 * n2 + 1.875 * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                - (35d / 24) * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }

    /** Grid to OSGB36 {lat, lon} in radians. */
    private static double[] gridToLatLon(double easting, double northing) {
        double e2 = 1 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
        double lat = LAT0;
        double m = 0;
        do {
            lat = (northing - N0 - m) / (AIRY_A * F0) + lat;
            m = meridionalArc(lat);
        } while (Math.abs(northing - N0 - m) >= 0.00001);
        double sin = Math.sin(lat);
        double cos = Math.cos(lat);
        double tan = Math.tan(lat);
        double nu = AIRY_A * F0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = AIRY_A * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double tan2 = tan * tan;
        double tan4 = tan2 * tan2;
        double tan6 = tan4 * tan2;
        double sec = 1 / cos;
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan2 + 45 * tan4);
        double x = sec / nu;
        double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan2);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan2 + 24 * tan4);
        double xiia = sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
        double de = easting - E0;
        return new double[] {
            lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6),
            LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7)};
    }

    /** OSGB36 lat/lon in radians to grid {easting, northing}. */
    private static double[] latLonToGrid(double lat, double lon) {
        double e2 = 1 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
        double sin = Math.sin(lat);
        double cos = Math.cos(lat);
        double tan = Math.tan(lat);
        double tan2 = tan * tan;
        double nu = AIRY_A * F0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = AIRY_A * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double m = meridionalArc(lat);
        double i = m + N0;
        double ii = nu / 2 * sin * cos;
        double iii = nu / 24 * sin * Math.pow(cos, 3) * (5 - tan2 + 9 * eta2);
        double iiia = nu / 720 * sin * Math.pow(cos, 5) * (61 - 58 * tan2 + tan2 * tan2);
        double iv = nu * cos;
        double v = nu / 6 * Math.pow(cos, 3) * (nu / rho - tan2);
        double vi = nu / 120 * Math.pow(cos, 5) * (5 - 18 * tan2 + tan2 * tan2 + 14 * eta2 - 58 * tan2 * eta2);
        double dl = lon - LON0;
        double northing = i + ii * dl * dl + iii * Math.pow(dl, 4) + iiia * Math.pow(dl, 6);
        double easting = E0 + iv * dl + v * Math.pow(dl, 3) + vi * Math.pow(dl, 5);
        return new double[] {easting, northing};
    }

    private static double[] toCartesian(double lat, double lon, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double nu = a / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        return new double[] {
            nu * Math.cos(lat) * Math.cos(lon),
            nu * Math.cos(lat) * Math.sin(lon),
            (1 - e2) * nu * Math.sin(lat)};
    }

    /** Cartesian to {lat, lon} in degrees. */
    private static double[] toLatLon(double[] xyz, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double p = Math.sqrt(xyz[0] * xyz[0] + xyz[1] * xyz[1]);
        double lat = Math.atan2(xyz[2], p * (1 - e2));
        double previous;
        do {
            previous = lat;
            double nu = a / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
            lat = Math.atan2(xyz[2] + e2 * nu * Math.sin(lat), p);
        } while (Math.abs(lat - previous) > 1e-12);
        return new double[] {Math.toDegrees(lat), Math.toDegrees(Math.atan2(xyz[1], xyz[0]))};
    }

    /** direction 1: WGS84 to OSGB36; -1: the inverse (the small-angle transformation negated). */
    private static double[] helmert(double[] xyz, int direction) {
        double s = direction * SCALE_PPM * 1e-6;
        double rx = direction * Math.toRadians(RX / 3600);
        double ry = direction * Math.toRadians(RY / 3600);
        double rz = direction * Math.toRadians(RZ / 3600);
        double x = xyz[0];
        double y = xyz[1];
        double z = xyz[2];
        return new double[] {
            direction * TX + (1 + s) * x - rz * y + ry * z,
            direction * TY + rz * x + (1 + s) * y - rx * z,
            direction * TZ - ry * x + rx * y + (1 + s) * z};
    }
}
