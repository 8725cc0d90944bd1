package uk.tierless.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * From a postcode, a map point or a UPRN to the councils responsible there. For a postcode the directory decides,
 * never the polygon; the boundaries place bare points, and addresses by their own points.
 */
@ApplicationScoped
public class Gazetteer {

    private static final int NEAREST_POSTCODE_METRES = 1000;

    private static final Pattern UPRN = Pattern.compile("[1-9][0-9]{0,11}");

    @Inject
    DataSource dataSource;

    @Inject
    BoundaryIndex boundaries;

    @Inject
    PostcodeCache postcodes;

    @Inject
    CouncilDirectory councils;

    /**
     * Whether {@link #byPostcode} or {@link #byPoint} can answer this from memory: a point, a postcode the cache
     * holds or text that is no postcode, with the councils in memory.
     */
    public boolean answersFromMemory(PlaceQuery where) {
        if (!councils.loaded() || where.hasUprn()) {
            return false;
        }
        return !where.hasPostcode() || Postcode.parse(where.postcode).map(postcodes::holds).orElse(true);
    }

    @CountedLookup(CountedLookup.Kind.POSTCODE)
    public Place byPostcode(String text) {
        Postcode postcode = Postcode.parse(text).orElseThrow(() -> ApiException.invalid(
                "\"" + text + "\" is not a UK postcode.",
                List.of(new ApiError.FieldError("postcode", "Enter a full postcode, such as B79 7AH"))));
        PostcodeCache.Entry entry = postcodes.find(postcode).orElseThrow(() -> ApiException.notFound(
                postcode.display() + " is not in the postcode directory."));
        if (entry.terminated() != null) {
            throw ApiException.notFound(postcode.display() + " is no longer in use (terminated " + entry.terminated() + ").");
        }
        CouncilView district = council(entry.districtGss());
        CouncilView county = entry.countyGss() == null ? null : council(entry.countyGss());
        boolean placed = entry.placedBy() == boundaries.version();
        List<Place.Address> addresses = entry.addresses().stream().map(address -> new Place.Address(address.uprn(),
                address.address(), addressDistrict(address, placed, district))).toList();
        boolean straddles = addresses.stream().map(Place.Address::district).map(CouncilView::slug)
                .distinct().count() > 1;
        return new Place(entry.display(), entry.location(), district, county, addresses, straddles);
    }

    /**
     * An address's own point places it (as the cache placed it, unless the boundaries changed since); without one,
     * the postcode's district does.
     */
    private CouncilView addressDistrict(PostcodeCache.Address address, boolean placed, CouncilView postcodeDistrict) {
        if (address.lat() == null) {
            return postcodeDistrict;
        }
        Optional<String> area = placed ? Optional.ofNullable(address.areaGss()) : boundaries.areaAt(address.lat(), address.lon());
        return area.map(this::council).orElse(postcodeDistrict);
    }

    @CountedLookup(CountedLookup.Kind.POINT)
    public Place byPoint(Location location) {
        CouncilView district = boundaries.areaAt(location.lat(), location.lon()).map(this::council)
                .orElseThrow(() -> ApiException.notFound(String.format(Locale.ROOT,
                        "The point %.6f, %.6f is not inside any council area this service covers.", location.lat(), location.lon())));
        return new Place(null, location, district, countyOf(district), List.of(), false);
    }

    /** The address's own point decides its district; without one, its postcode's district does. */
    @CountedLookup(CountedLookup.Kind.UPRN)
    public Place byUprn(String uprn) {
        if (uprn == null || !UPRN.matcher(uprn).matches()) {
            throw ApiException.invalid("\"" + uprn + "\" is not a UPRN.",
                    List.of(new ApiError.FieldError("uprn", "A UPRN is a number of up to 12 digits")));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select a.address, a.easting, a.northing, a.lat,"
                     + " a.lon, p.display, p.easting as p_easting, p.northing as p_northing, p.lat as p_lat,"
                     + " p.lon as p_lon, p.district_gss from addresses a left join postcodes p on p.postcode = a.postcode"
                     + " where a.uprn = ?")) {
            query.setLong(1, Long.parseLong(uprn));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ApiException.notFound("There is no address with UPRN " + uprn + ".");
                }
                Location location = row.getObject("lat") != null
                        ? new Location(row.getDouble("lat"), row.getDouble("lon"), row.getInt("easting"), row.getInt("northing"))
                        : row.getObject("p_lat") != null ? new Location(row.getDouble("p_lat"), row.getDouble("p_lon"),
                                row.getInt("p_easting"), row.getInt("p_northing")) : null;
                CouncilView district = row.getObject("lat") != null
                        ? boundaries.areaAt(location.lat(), location.lon()).map(this::council).orElse(null)
                        : null;
                if (district == null && row.getString("district_gss") != null) {
                    district = council(row.getString("district_gss"));
                }
                if (district == null) {
                    throw ApiException.notFound("The address with UPRN " + uprn + " has no point or postcode that places it in a council area.");
                }
                Place.Address address = new Place.Address(uprn, row.getString("address"), district);
                return new Place(row.getString("display"), location, district, countyOf(district), List.of(address), false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The council that serves each of these addresses (by slug), decided as {@link #byUprn} decides it, in one
     * query: for a feature's import that checks its rows' addresses. An unknown or unplaced UPRN is absent.
     */
    public Map<Long, String> districtsOf(Collection<Long> uprns) {
        Map<Long, String> found = new HashMap<>();
        if (uprns.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select a.uprn, a.lat, a.lon, p.district_gss"
                     + " from addresses a left join postcodes p on p.postcode = a.postcode where a.uprn = any(?)")) {
            query.setArray(1, connection.createArrayOf("bigint", Set.copyOf(uprns).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Optional<String> area = row.getObject("lat") == null ? Optional.empty()
                            : boundaries.areaAt(row.getDouble("lat"), row.getDouble("lon"));
                    long uprn = row.getLong("uprn");
                    Optional.ofNullable(area.orElse(row.getString("district_gss"))).flatMap(councils::byGss)
                            .ifPresent(council -> found.put(uprn, council.slug()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The postcode a request is tracked by: the one given, the address's, or for a map point the nearest postcode in
     * use within {@value #NEAREST_POSTCODE_METRES} metres (none further away: a resident would not know it).
     */
    public Optional<Postcode> postcodeOf(PlaceQuery where) {
        if (where.hasUprn()) {
            return lookUp("select postcode from addresses where uprn = ?", query -> query.setLong(1, Long.parseLong(where.uprn)));
        }
        if (where.hasPostcode()) {
            return Postcode.parse(where.postcode);
        }
        Location point = where.point();
        return lookUp("select postcode from postcodes where terminated is null and easting between ? and ?"
                + " and northing between ? and ? order by (easting - ?)::bigint * (easting - ?)"
                + " + (northing - ?)::bigint * (northing - ?) limit 1", query -> {
            query.setInt(1, point.easting() - NEAREST_POSTCODE_METRES);
            query.setInt(2, point.easting() + NEAREST_POSTCODE_METRES);
            query.setInt(3, point.northing() - NEAREST_POSTCODE_METRES);
            query.setInt(4, point.northing() + NEAREST_POSTCODE_METRES);
            for (int i = 5; i <= 8; i++) {
                query.setInt(i, i < 7 ? point.easting() : point.northing());
            }
        });
    }

    private interface Parameters {
        void set(PreparedStatement query) throws SQLException;
    }

    private Optional<Postcode> lookUp(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            parameters.set(query);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Postcode.parse(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CouncilView countyOf(CouncilView district) {
        return district.parent() == null ? null : councils.bySlug(district.parent()).orElse(null);
    }

    private CouncilView council(String gss) {
        return councils.byGss(gss).orElseThrow(() -> new IllegalStateException("No council has the GSS code " + gss));
    }
}
