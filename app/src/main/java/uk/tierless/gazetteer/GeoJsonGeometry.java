package uk.tierless.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * GeoJSON Polygon and MultiPolygon geometries (lon/lat) to JTS. A geometry Tierless cannot use as a boundary (none,
 * another type, points outside Great Britain) is an {@link IllegalArgumentException}; one that breaks GeoJSON's own
 * rules (positions that are not pairs of numbers, a ring not closed) is {@link Malformed}.
 */
final class GeoJsonGeometry {

    /** The geometry is not valid GeoJSON. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonGeometry() {
    }

    static Geometry parse(String geoJson) {
        try {
            return of(JSON.readTree(geoJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException with a person's explanation when it is not a (multi)polygon */
    static Geometry of(JsonNode geometry) {
        if (geometry == null || !geometry.hasNonNull("type") || !geometry.has("coordinates")) {
            throw new IllegalArgumentException("the feature has no geometry");
        }
        String type = geometry.get("type").asText();
        JsonNode coordinates = geometry.get("coordinates");
        if (!coordinates.isArray()) {
            throw new Malformed("the coordinates of a " + type + " are not an array");
        }
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield GEOMETRY.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("a " + type + " is not a boundary: use Polygon or MultiPolygon");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray()) {
            throw new Malformed("a polygon is not an array of rings");
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        if (!points.isArray()) {
            throw new Malformed("a ring is not an array of positions");
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode point = points.get(i);
            if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                throw new Malformed("the position " + point + " is not a longitude and latitude in numbers");
            }
            double lon = point.get(0).asDouble();
            double lat = point.get(1).asDouble();
            if (!BritishNationalGrid.inGreatBritainWgs84(lat, lon)) {
                throw new IllegalArgumentException("the point " + lon + "," + lat + " is outside Great Britain"
                        + " (boundaries are GeoJSON longitude, latitude in WGS84)");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        try {
            return GEOMETRY.createLinearRing(coordinates);
        } catch (IllegalArgumentException e) {
            throw new Malformed("a ring is not closed or has fewer than four positions");
        }
    }
}
