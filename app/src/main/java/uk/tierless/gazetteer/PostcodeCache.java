package uk.tierless.gazetteer;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.DataImported;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The postcode directory's rows as the lookup last read them, so that a postcode asked for again costs no database
 * round trip: at most {@code tierless.gazetteer.postcode-cache-size} postcodes, the least used dropped first. It
 * holds codes, not councils (a council's configuration is read from the CouncilDirectory at every lookup), and is
 * emptied on every instance by each postcode, address or address-point import ({@link DataImported}), the moment it commits.
 */
@ApplicationScoped
class PostcodeCache {

    /**
     * One postcode: {@code terminated} is null while in use; addresses in their natural order, placed in the
     * boundaries of version {@code placedBy} (BoundaryIndex).
     */
    record Entry(String display, Location location, String districtGss, String countyGss, String terminated,
                 List<Address> addresses, long placedBy) {
    }

    /**
     * An address at the postcode, with its own point if it has one (null otherwise) and the area that point is in
     * (null if none, or no point).
     */
    record Address(String uprn, String address, Double lat, Double lon, String areaGss) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    BoundaryIndex boundaries;

    private final LoadingCache<String, Optional<Entry>> entries;

    @Inject
    PostcodeCache(TierlessConfig config) {
        entries = Caffeine.newBuilder().maximumSize(config.gazetteer().postcodeCacheSize()).build(this::read);
    }

    /** The directory's row for this postcode, none if it is not in the directory. */
    Optional<Entry> find(Postcode postcode) {
        return entries.get(postcode.compact());
    }

    /** Whether the postcode's row (or that it is not in the directory) is in memory now. */
    boolean holds(Postcode postcode) {
        return entries.getIfPresent(postcode.compact()) != null;
    }

    void imported(@Observes DataImported event) {
        if (event.is(OnspdImporter.KIND) || event.is(AddressesImporter.KIND) || event.is(OpenUprnImporter.KIND)) {
            entries.invalidateAll();
        }
    }

    /** One round trip: the postcode and its addresses (if any) together. */
    private Optional<Entry> read(String compact) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select p.display, p.easting, p.northing, p.lat,"
                     + " p.lon, p.district_gss, p.county_gss, p.terminated, a.uprn, a.address, a.lat as a_lat,"
                     + " a.lon as a_lon from postcodes p left join addresses a on a.postcode = p.postcode"
                     + " where p.postcode = ? order by a.address, a.uprn")) {
            query.setString(1, compact);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Location location = new Location(row.getDouble("lat"), row.getDouble("lon"), row.getInt("easting"),
                        row.getInt("northing"));
                // Read first: boundaries reloaded while this runs make the entry's areas stale, and so looked up again.
                long placedBy = boundaries.version();
                Entry entry = new Entry(row.getString("display"), location, row.getString("district_gss"),
                        row.getString("county_gss"), row.getString("terminated"), new ArrayList<>(), placedBy);
                do {
                    if (row.getObject("uprn") != null) {
                        Double lat = row.getObject("a_lat") == null ? null : row.getDouble("a_lat");
                        Double lon = lat == null ? null : row.getDouble("a_lon");
                        entry.addresses().add(new Address(String.valueOf(row.getLong("uprn")), row.getString("address"),
                                lat, lon, lat == null ? null : boundaries.areaAt(lat, lon).orElse(null)));
                    }
                } while (row.next());
                entry.addresses().sort(Comparator.comparing(Address::address, AddressOrder.NATURAL));
                return Optional.of(new Entry(entry.display(), location, entry.districtGss(), entry.countyGss(),
                        entry.terminated(), List.copyOf(entry.addresses()), placedBy));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
