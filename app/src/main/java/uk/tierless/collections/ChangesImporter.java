package uk.tierless.collections;

import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.tenancy.CouncilView;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A council's changed collection days around bank holidays: {@code bin,usual_date,changed_date}, {@code bin} one of
 * the bins or {@code all}, replacing all that council's changed days. A row is rejected by line for an unknown bin,
 * a date that is not one, a changed day that is the usual one or more than {@value Schedule#MOST_DAYS_MOVED} days
 * from it, or a bin's usual day given twice.
 */
@ApplicationScoped
public class ChangesImporter extends CouncilImporter<ChangesImporter.Row> {

    static final String KIND = "collection-changes";

    record Row(long line, String bin, LocalDate usual, LocalDate changed) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    String table() {
        return "collection_changes";
    }

    @Override
    List<String> columns() {
        return List.of("bin", "usual_date", "changed_date");
    }

    @Override
    String rowsAre() {
        return "changed days";
    }

    @Override
    long serving() {
        return CollectionChange.count();
    }

    @Override
    void read(CsvFile csv, CouncilView council, CouncilRows<Row> rows, ImportProgress progress) throws Exception {
        csv.require("the bin: " + Bin.codes() + ", or all", "bin");
        csv.require("the day the collection is usually due", "usual_date");
        csv.require("the day it comes instead", "changed_date");
        Map<String, Long> firstLine = new HashMap<>();
        csv.forEachRow((row, line) -> {
            progress.read();
            String bin = row.get("bin") == null ? "" : row.get("bin").toLowerCase(Locale.ROOT);
            LocalDate usual = CouncilRows.day(row.get("usual_date"));
            LocalDate changed = CouncilRows.day(row.get("changed_date"));
            if (!CollectionChange.ALL.equals(bin) && Bin.fromCode(bin).isEmpty()) {
                rows.reject(line, "the bin '" + bin + "' is not one of " + Bin.codes() + ", or all");
            } else if (usual == null || changed == null) {
                rows.reject(line, "usual_date and changed_date must be dates such as 2026-12-25 or 25/12/2026");
            } else if (usual.equals(changed)) {
                rows.reject(line, "the changed date is the usual date " + usual);
            } else if (Math.abs(ChronoUnit.DAYS.between(usual, changed)) > Schedule.MOST_DAYS_MOVED) {
                rows.reject(line, "the changed date " + changed + " is more than " + Schedule.MOST_DAYS_MOVED
                        + " days from the usual date " + usual);
            } else {
                Long earlier = firstLine.putIfAbsent(bin + "/" + usual, line);
                if (earlier != null) {
                    rows.reject(line, "the " + bin + " collections of " + usual + " are changed again (first on line " + earlier + ")");
                } else {
                    rows.accept(new Row(line, bin, usual, changed));
                }
            }
        });
    }

    @Override
    void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setString(2, row.bin());
        insert.setDate(3, Date.valueOf(row.usual()));
        insert.setDate(4, Date.valueOf(row.changed()));
    }
}
