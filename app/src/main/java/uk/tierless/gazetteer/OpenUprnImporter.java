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
import java.sql.Statement;

/**
 * OS Open UPRN ({@code UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE}): coordinates for UPRNs Tierless already
 * knows from an address file. UPRNs it does not know are passed over (the national file has 40 million). A UPRN
 * that is not digits or a coordinate that is not a number fails the import. It only adds coordinates and removes
 * nothing, so a shorter file loses nothing and the {@link ShrinkGuard} has nothing to guard.
 */
@ApplicationScoped
public class OpenUprnImporter implements Importer {

    static final String KIND = "open-uprn";

    @Inject
    DataSource dataSource;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        CsvFile csv = new CsvFile(file, "OS Open UPRN with its header row");
        String uprnColumn = csv.require("the UPRN", "UPRN");
        String xColumn = csv.require("the easting", "X_COORDINATE");
        String yColumn = csv.require("the northing", "Y_COORDINATE");
        String latColumn = csv.column("LATITUDE").orElse(null);
        String lonColumn = csv.column("LONGITUDE").orElse(null);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table open_uprn_staging (uprn bigint, easting integer, northing integer,"
                        + " lat double precision, lon double precision) on commit drop");
                StagingCopy.into(connection, "open_uprn_staging", "uprn, easting, northing, lat, lon", copy -> {
                    csv.forEachRow((row, line) -> {
                        progress.read();
                        long uprn = row.required(uprnColumn, ColumnType.UPRN);
                        Double x = row.get(xColumn, ColumnType.NUMBER);
                        Double y = row.get(yColumn, ColumnType.NUMBER);
                        Double lat = row.get(latColumn, ColumnType.NUMBER);
                        Double lon = row.get(lonColumn, ColumnType.NUMBER);
                        if (x == null || y == null || !BritishNationalGrid.inGreatBritain(x, y)) {
                            progress.reject(line, "UPRN " + uprn + ": the coordinates are missing or outside Great Britain");
                            return;
                        }
                        Location location = lat != null && lon != null && BritishNationalGrid.inGreatBritainWgs84(lat, lon)
                                ? new Location(lat, lon, (int) Math.round(x), (int) Math.round(y))
                                : Location.fromGrid((int) Math.round(x), (int) Math.round(y));
                        copy.row(uprn, location.easting(), location.northing(), location.lat(), location.lon());
                    });
                });
                statement.executeUpdate("update addresses a set easting = s.easting, northing = s.northing,"
                        + " lat = s.lat, lon = s.lon from open_uprn_staging s where a.uprn = s.uprn and"
                        + " (a.easting, a.northing, a.lat, a.lon) is distinct from (s.easting, s.northing, s.lat, s.lon)");
                try (var matched = statement.executeQuery("select count(*) from addresses a"
                        + " where exists (select 1 from open_uprn_staging s where s.uprn = a.uprn)")) {
                    matched.next();
                    progress.imported(matched.getLong(1)); // the known addresses this file gives coordinates to
                }
            }
            connection.commit();
        }
    }
}
