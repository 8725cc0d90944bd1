package uk.tierless.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.imports.ColumnType;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.imports.Importer;
import uk.tierless.imports.ShrinkGuard;
import uk.tierless.imports.StagingCopy;
import uk.tierless.tenancy.CouncilDirectory;

import javax.sql.DataSource;
import java.io.Reader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ONS Postcode Directory, read by header name: {@code pcds} (or {@code pcd}), {@code oseast1m},
 * {@code osnrth1m}, {@code oslaua}, {@code oscty}, {@code dointr}, {@code doterm}, and {@code lat}/{@code long} when
 * present. Terminated postcodes are kept, as terminated. The directory is replaced as a whole. A malformed value
 * (a postcode not postcode-shaped, a grid reference not a whole number, an area not a GSS code, a date not yyyymm,
 * lat/long not numbers) fails the import; a postcode with no grid reference or outside the register is rejected.
 */
@ApplicationScoped
public class OnspdImporter implements Importer {

    static final String KIND = "onspd";

    /** ONSPD's pseudo-codes: "no county" (E99999999, W99999999, ...), and the Channel Islands and Isle of Man. */
    private static final Pattern NO_COUNTY = Pattern.compile("[EWSNLM]99999999");
    private static final ColumnType<String> AREA = ColumnType.matching("a GSS code (E, W, S or N and eight digits,"
            + " such as E07000199) or ONSPD's L99999999 or M99999999", "[EWSN]\\d{8}|[LM]99999999");

    @Inject
    DataSource dataSource;

    @Inject
    CouncilDirectory councils;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        CsvFile csv = new CsvFile(file, "an ONS Postcode Directory with a header row");
        String postcodeColumn = csv.require("the postcode", "pcds", "pcd");
        String eastingColumn = csv.require("the grid easting", "oseast1m");
        String northingColumn = csv.require("the grid northing", "osnrth1m");
        String districtColumn = csv.require("the district or unitary GSS code", "oslaua");
        String countyColumn = csv.column("oscty").orElse(null);
        String introducedColumn = csv.column("dointr").orElse(null);
        String terminatedColumn = csv.column("doterm").orElse(null);
        String latColumn = csv.column("lat").orElse(null);
        String lonColumn = csv.column("long").orElse(null);
        Set<String> knownAreas = councils.gssCodes();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table postcodes_staging (line bigint, postcode text, display text,"
                        + " easting integer, northing integer, lat double precision, lon double precision,"
                        + " district_gss text, county_gss text, introduced text, terminated text) on commit drop");
                StagingCopy.into(connection, "postcodes_staging",
                            "line, postcode, display, easting, northing, lat, lon, district_gss, county_gss, introduced, terminated", copy -> {
                    csv.forEachRow((row, line) -> {
                        progress.read();
                        // Every value is checked for its form first: one malformed value fails the whole file.
                        Postcode postcode = row.required(postcodeColumn, Postcode.COLUMN);
                        Integer easting = row.get(eastingColumn, ColumnType.WHOLE_NUMBER);
                        Integer northing = row.get(northingColumn, ColumnType.WHOLE_NUMBER);
                        String district = row.get(districtColumn, AREA);
                        String county = row.get(countyColumn, AREA);
                        String introduced = row.get(introducedColumn, ColumnType.YEAR_MONTH);
                        String terminated = row.get(terminatedColumn, ColumnType.YEAR_MONTH);
                        Double lat = row.get(latColumn, ColumnType.NUMBER);
                        Double lon = row.get(lonColumn, ColumnType.NUMBER);
                        if (easting == null || northing == null || !BritishNationalGrid.inGreatBritain(easting, northing)) {
                            progress.reject(line, postcode.display() + " has no grid reference in Great Britain");
                            return;
                        }
                        if (district == null || !knownAreas.contains(district)) {
                            progress.reject(line, postcode.display() + ": the council area " + district
                                    + " is not in the council register (import the register first)");
                            return;
                        }
                        if (county == null || NO_COUNTY.matcher(county).matches()) {
                            county = null;
                        } else if (!knownAreas.contains(county)) {
                            progress.reject(line, postcode.display() + ": the county " + county
                                    + " is not in the council register");
                            return;
                        }
                        Location location = lat != null && lon != null && BritishNationalGrid.inGreatBritainWgs84(lat, lon)
                                ? new Location(lat, lon, easting, northing) : Location.fromGrid(easting, northing);
                        copy.row(line, postcode.compact(), postcode.display(), easting, northing,
                                location.lat(), location.lon(), district, county, introduced, terminated);
                    });
                });
                statement.execute("create index on postcodes_staging (postcode, line)");
                try (ResultSet duplicates = statement.executeQuery("select s.line, s.display, min(t.line) from"
                        + " postcodes_staging s join postcodes_staging t on t.postcode = s.postcode and t.line < s.line"
                        + " group by s.line, s.display order by s.line")) {
                    while (duplicates.next()) {
                        progress.reject(duplicates.getLong(1), duplicates.getString(2)
                                + " appears again (first on line " + duplicates.getLong(3) + ")");
                    }
                }
                shrink.check("postcodes", StagingCopy.count(connection, "select count(*) from postcodes"),
                        StagingCopy.count(connection, "select count(distinct postcode) from postcodes_staging"),
                        progress.rowsRead());
                statement.execute("delete from postcodes p where not exists"
                        + " (select 1 from postcodes_staging s where s.postcode = p.postcode)");
                statement.execute("insert into postcodes (postcode, display, easting, northing, lat, lon, district_gss,"
                        + " county_gss, introduced, terminated)"
                        + " select distinct on (postcode) postcode, display, easting, northing, lat, lon, district_gss,"
                        + " county_gss, introduced, terminated from postcodes_staging order by postcode, line"
                        + " on conflict (postcode) do update set display = excluded.display, easting = excluded.easting,"
                        + " northing = excluded.northing, lat = excluded.lat, lon = excluded.lon,"
                        + " district_gss = excluded.district_gss, county_gss = excluded.county_gss,"
                        + " introduced = excluded.introduced, terminated = excluded.terminated"
                        + " where (postcodes.display, postcodes.easting, postcodes.northing, postcodes.lat, postcodes.lon,"
                        + " postcodes.district_gss, postcodes.county_gss, postcodes.introduced, postcodes.terminated)"
                        + " is distinct from (excluded.display, excluded.easting, excluded.northing, excluded.lat,"
                        + " excluded.lon, excluded.district_gss, excluded.county_gss, excluded.introduced,"
                        + " excluded.terminated)");
                progress.imported(StagingCopy.count(connection, "select count(*) from postcodes"));
            }
            connection.commit();
            // After a bulk load: fresh planner statistics and visibility map now, rather than autovacuum later,
            // in the middle of the lookups it would slow down.
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum (analyze) postcodes");
            }
        }
    }
}
