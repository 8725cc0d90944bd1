package uk.tierless.gazetteer;

import jakarta.ws.rs.QueryParam;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.util.ArrayList;
import java.util.List;

/**
 * Where, as a client says it: {@code postcode}, or {@code lat} and {@code lon}, or {@code easting} and
 * {@code northing} ({@code uprn} too, where an endpoint takes one). Shared by the places and routing endpoints.
 */
public class PlaceQuery {

    @QueryParam("postcode")
    public String postcode;

    @QueryParam("uprn")
    public String uprn;

    @QueryParam("lat")
    String lat;

    @QueryParam("lon")
    String lon;

    @QueryParam("easting")
    String easting;

    @QueryParam("northing")
    String northing;

    /** Where, as a JSON body says it: a postcode, a UPRN or a point (the first given). */
    public static PlaceQuery of(String postcode, String uprn, Double lat, Double lon) {
        PlaceQuery query = new PlaceQuery();
        query.postcode = postcode;
        query.uprn = uprn;
        query.lat = lat == null ? null : lat.toString();
        query.lon = lon == null ? null : lon.toString();
        return query;
    }

    public boolean hasPostcode() {
        return postcode != null;
    }

    public boolean hasUprn() {
        return uprn != null;
    }

    /** The point given as lat/lon or easting/northing, or a 400 that says what is missing or wrong. */
    public Location point() {
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (lat != null || lon != null) {
            Double latitude = number("lat", lat, errors);
            Double longitude = number("lon", lon, errors);
            if (errors.isEmpty()) {
                return Location.fromWgs84(latitude, longitude);
            }
        } else if (easting != null || northing != null) {
            Double e = number("easting", easting, errors);
            Double n = number("northing", northing, errors);
            if (errors.isEmpty()) {
                return Location.fromGrid((int) Math.round(e), (int) Math.round(n));
            }
        } else {
            throw ApiException.invalid("Say where: give a postcode, lat and lon, or easting and northing.",
                    List.of(new ApiError.FieldError("postcode", "Enter a postcode, such as B79 7AH")));
        }
        throw ApiException.invalid("The coordinates are not valid.", errors);
    }

    private static Double number(String field, String value, List<ApiError.FieldError> errors) {
        Double number = value == null ? null : Numbers.decimal(value.trim());
        if (number == null) {
            errors.add(new ApiError.FieldError(field, value == null ? field + " is missing" : field + " must be a number"));
        }
        return number;
    }
}
