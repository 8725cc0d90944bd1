package uk.tierless.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.imports.ColumnType;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.imports.Importer;
import uk.tierless.imports.ShrinkGuard;
import uk.tierless.imports.StagingCopy;

import javax.sql.DataSource;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Addresses, loaded per source (a council's LLPG extract replaces only that source's rows). Columns, by header
 * name (docs/gazetteer.md): {@code uprn}; {@code address}, or its parts {@code sao}, {@code pao}, {@code street},
 * {@code locality}, {@code town}; {@code postcode}; and {@code easting}/{@code northing} or {@code lat}/{@code lon}.
 * A UPRN that is missing or not digits, a postcode not postcode-shaped, or a coordinate not a number fails the import;
 * a row without a postcode or an address, with coordinates outside Great Britain or taken by another source is
 * rejected.
 */
@ApplicationScoped
public class AddressesImporter implements Importer {

    static final String KIND = "addresses";

    private static final String[] PARTS = {"sao", "pao", "street", "locality", "town"};

    @Inject
    DataSource dataSource;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean takesSource() {
        return true;
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        CsvFile csv = new CsvFile(file, "an address file with a header row (docs/gazetteer.md)");
        String uprnColumn = csv.require("the UPRN", "uprn");
        String postcodeColumn = csv.require("the postcode", "postcode");
        boolean singleLine = csv.column("address").isPresent();
        if (!singleLine) {
            csv.require("the single-line address, or its parts", "address", "pao", "street");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table addresses_staging (line bigint, uprn bigint, address text,"
                        + " postcode text, easting integer, northing integer, lat double precision,"
                        + " lon double precision) on commit drop");
                StagingCopy.into(connection, "addresses_staging",
                            "line, uprn, address, postcode, easting, northing, lat, lon", copy -> {
                    csv.forEachRow((row, line) -> {
                        progress.read();
                        // Every value is checked for its form first: one malformed value fails the whole file.
                        long uprn = row.required(uprnColumn, ColumnType.UPRN);
                        Postcode postcode = row.get(postcodeColumn, Postcode.COLUMN);
                        Location location;
                        try {
                            location = location(row);
                        } catch (IllegalArgumentException e) {
                            progress.reject(line, "UPRN " + uprn + ": " + e.getMessage());
                            return;
                        }
                        String address = singleLine ? row.get("address")
                                : Stream.of(PARTS).map(row::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
                        if (postcode == null) {
                            progress.reject(line, "UPRN " + uprn + " has no postcode");
                        } else if (address == null || address.isBlank()) {
                            progress.reject(line, "UPRN " + uprn + " has no address");
                        } else {
                            copy.row(line, uprn, address, postcode.compact(),
                                    location == null ? null : location.easting(), location == null ? null : location.northing(),
                                    location == null ? null : location.lat(), location == null ? null : location.lon());
                        }
                    });
                });
                statement.execute("create index on addresses_staging (uprn, line)");
                rejectDuplicatesAndOtherSources(connection, source, progress);
                shrink.check("addresses of the source '" + source + "'",
                        StagingCopy.count(connection, "select count(*) from addresses where source = ?", source),
                        StagingCopy.count(connection, "select count(distinct s.uprn) from addresses_staging s where not exists"
                                + " (select 1 from addresses a where a.uprn = s.uprn and a.source <> ?)", source),
                        progress.rowsRead());
                try (PreparedStatement swap = connection.prepareStatement(
                        "delete from addresses a where a.source = ? and not exists"
                                + " (select 1 from addresses_staging s where s.uprn = a.uprn)")) {
                    swap.setString(1, source);
                    swap.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into addresses (uprn, source,"
                        + " address, postcode, easting, northing, lat, lon) select distinct on (s.uprn) s.uprn, ?,"
                        + " s.address, s.postcode, s.easting, s.northing, s.lat, s.lon from addresses_staging s"
                        + " where not exists (select 1 from addresses a where a.uprn = s.uprn and a.source <> ?)"
                        + " order by s.uprn, s.line on conflict (uprn) do update set address = excluded.address,"
                        + " postcode = excluded.postcode, easting = excluded.easting, northing = excluded.northing,"
                        + " lat = excluded.lat, lon = excluded.lon where (addresses.address, addresses.postcode,"
                        + " addresses.easting, addresses.northing, addresses.lat, addresses.lon) is distinct from"
                        + " (excluded.address, excluded.postcode, excluded.easting, excluded.northing, excluded.lat,"
                        + " excluded.lon)")) {
                    insert.setString(1, source);
                    insert.setString(2, source);
                    insert.executeUpdate();
                }
                progress.imported(StagingCopy.count(connection, "select count(*) from addresses where source = ?", source));
            }
            connection.commit();
        }
    }

    private static void rejectDuplicatesAndOtherSources(Connection connection, String source, ImportProgress progress)
            throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet duplicates = statement.executeQuery("select s.line, s.uprn, min(t.line) from addresses_staging s"
                     + " join addresses_staging t on t.uprn = s.uprn and t.line < s.line group by s.line, s.uprn order by s.line")) {
            while (duplicates.next()) {
                progress.reject(duplicates.getLong(1), "UPRN " + duplicates.getLong(2) + " appears again (first on line "
                        + duplicates.getLong(3) + ")");
            }
        }
        try (PreparedStatement query = connection.prepareStatement("select s.line, s.uprn, a.source from"
                + " addresses_staging s join addresses a on a.uprn = s.uprn and a.source <> ? order by s.line")) {
            query.setString(1, source);
            try (ResultSet taken = query.executeQuery()) {
                while (taken.next()) {
                    progress.reject(taken.getLong(1), "UPRN " + taken.getLong(2) + " belongs to the source '"
                            + taken.getString(3) + "'");
                }
            }
        }
    }

    /**
     * From easting/northing (metres, rounded) or lat/lon; null when the row has neither; refused outside Great
     * Britain or with half a pair. A value that is not a number fails the import.
     */
    static Location location(CsvFile.Row row) {
        Double easting = row.get("easting", ColumnType.NUMBER);
        Double northing = row.get("northing", ColumnType.NUMBER);
        Double lat = row.get("lat", ColumnType.NUMBER);
        Double lon = row.get("lon", ColumnType.NUMBER);
        if (easting != null && northing != null) {
            if (!BritishNationalGrid.inGreatBritain(easting, northing)) {
                throw new IllegalArgumentException("easting " + easting + ", northing " + northing + " is outside Great Britain");
            }
            return Location.fromGrid((int) Math.round(easting), (int) Math.round(northing));
        }
        if (lat != null && lon != null) {
            if (!BritishNationalGrid.inGreatBritainWgs84(lat, lon)) {
                throw new IllegalArgumentException("latitude " + lat + ", longitude " + lon + " is outside Great Britain");
            }
            return Location.fromWgs84(lat, lon);
        }
        if (easting != null || northing != null || lat != null || lon != null) {
            throw new IllegalArgumentException("the coordinates are incomplete: give easting and northing, or lat and lon");
        }
        return null;
    }
}
