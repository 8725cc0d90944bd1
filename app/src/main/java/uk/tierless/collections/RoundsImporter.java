package uk.tierless.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.tenancy.CouncilView;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A council's collection rounds: {@code uprn,bin,pattern,first_date}, one row per bin of an address, replacing all
 * that council's rounds. A row is rejected by its line for a UPRN that is malformed, not in the gazetteer or in
 * another council's area, an unknown bin or pattern, a date that is not one, or a bin of an address twice.
 */
@ApplicationScoped
public class RoundsImporter extends CouncilImporter<RoundsImporter.Row> {

    static final String KIND = "collection-rounds";
    private static final Pattern UPRN = Pattern.compile("[1-9][0-9]{0,11}");

    record Row(long line, long uprn, Bin bin, Frequency frequency, LocalDate firstDate) {
    }

    @Inject
    Gazetteer gazetteer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    String table() {
        return "collection_rounds";
    }

    @Override
    List<String> columns() {
        return List.of("uprn", "bin", "pattern", "first_date");
    }

    @Override
    String rowsAre() {
        return "rounds";
    }

    @Override
    long serving() {
        return CollectionRound.count();
    }

    @Override
    void read(CsvFile csv, CouncilView council, CouncilRows<Row> rows, ImportProgress progress) throws Exception {
        csv.require("the address's UPRN", "uprn");
        csv.require("the bin: " + Bin.codes(), "bin");
        csv.require("weekly or fortnightly", "pattern");
        csv.require("the first collection's date", "first_date");
        List<Row> read = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        csv.forEachRow((row, line) -> {
            progress.read();
            String uprn = row.get("uprn");
            var bin = Bin.fromCode(row.get("bin"));
            var frequency = Frequency.fromCode(row.get("pattern"));
            LocalDate first = CouncilRows.day(row.get("first_date"));
            if (uprn == null || !UPRN.matcher(uprn).matches()) {
                rows.reject(line, "'" + (uprn == null ? "" : uprn) + "' is not a UPRN (1 to 12 digits, not starting with 0)");
            } else if (bin.isEmpty()) {
                rows.reject(line, "UPRN " + uprn + ": the bin '" + row.get("bin") + "' is not one of " + Bin.codes());
            } else if (frequency.isEmpty()) {
                rows.reject(line, "UPRN " + uprn + ": the pattern '" + row.get("pattern") + "' is not weekly or fortnightly");
            } else if (first == null) {
                rows.reject(line, "UPRN " + uprn + ": the first_date '" + row.get("first_date")
                        + "' is not a date such as 2026-12-09 or 09/12/2026");
            } else {
                Long earlier = firstLine.putIfAbsent(uprn + "/" + bin.get().code(), line);
                if (earlier != null) {
                    rows.reject(line, "UPRN " + uprn + " has its " + bin.get().code() + " round again (first on line " + earlier + ")");
                } else {
                    read.add(new Row(line, Long.parseLong(uprn), bin.get(), frequency.get(), first));
                }
            }
        });
        Map<Long, String> districts = gazetteer.districtsOf(read.stream().map(Row::uprn).toList());
        for (Row row : read) {
            String district = districts.get(row.uprn());
            if (district == null) {
                rows.reject(row.line(), "UPRN " + row.uprn() + " is not an address in the gazetteer");
            } else if (!district.equals(council.slug())) {
                rows.reject(row.line(), "UPRN " + row.uprn() + " is in " + councils.require(district).name()
                        + "'s area, not " + council.name() + "'s");
            } else {
                rows.accept(row);
            }
        }
    }

    @Override
    void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setLong(2, row.uprn());
        insert.setString(3, row.bin().code());
        insert.setString(4, row.frequency().code());
        insert.setDate(5, Date.valueOf(row.firstDate()));
    }
}
