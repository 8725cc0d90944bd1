package uk.tierless.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A CSV file read by header name (any case, any column order, unused columns ignored), row by row. The whole import
 * fails rather than load part of a file that is cut off or is not what it claims to be: when the last line has no
 * line end, when a row has more or fewer fields than the header, or when a value is not of its column's
 * {@link ColumnType}.
 */
public final class CsvFile {

    private final CSVParser parser;
    private final Map<String, String> columns = new TreeMap<>();

    public CsvFile(Reader reader, String description) throws IOException {
        this.parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get().parse(new LineEndReader(reader));
        parser.getHeaderNames().forEach(name -> columns.put(name.trim().toLowerCase(Locale.ROOT), name));
        if (columns.isEmpty()) {
            throw new ImportFailedException("The file is empty: expected " + description + ".");
        }
    }

    /** Whether the header names any of these columns. */
    public Optional<String> column(String... names) {
        return Arrays.stream(names).map(name -> name.toLowerCase(Locale.ROOT)).filter(columns::containsKey).findFirst();
    }

    /** The first of these columns that the header names, or a failure that lists what the file has. */
    public String require(String description, String... names) {
        return column(names).orElseThrow(() -> new ImportFailedException("The file has no " + String.join(" or ", names)
                + " column (" + description + "); its columns are " + String.join(", ", parser.getHeaderNames()) + "."));
    }

    /** Each row with its line number in the file (the header is line 1). */
    public void forEachRow(RowHandler handler) throws Exception {
        Iterator<CSVRecord> records = parser.iterator();
        long rows = 0;
        while (hasNext(records)) {
            CSVRecord record = records.next();
            rows++;
            long line = record.getRecordNumber() + 1;
            int fields = parser.getHeaderNames().size();
            if (record.size() != fields) {
                throw new ImportFailedException("Line " + line + " has " + record.size() + " fields where the header has "
                        + fields + ": every row needs one value for each column (is the row cut short, or a value"
                        + " with a comma not quoted?).");
            }
            handler.row(new Row(record, line), line);
        }
        if (rows == 0) {
            throw new ImportFailedException("The file has a header but no rows.");
        }
    }

    /** A quoted value left open at the end of the file means the file was cut off. */
    private boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new ImportFailedException("The file cannot be read after line " + parser.getCurrentLineNumber()
                    + " (" + e.getCause().getMessage() + "): it looks cut off or damaged.");
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(Row row, long line) throws Exception;
    }

    /** One row; a value is trimmed, and an absent or empty value is null. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** The value of a column, or null (also for a column the file does not have, named null by the caller). */
        public String get(String column) {
            if (column == null) {
                return null;
            }
            String name = columns.get(column.toLowerCase(Locale.ROOT));
            if (name == null || !record.isMapped(name) || !record.isSet(name)) {
                return null;
            }
            String value = record.get(name).trim();
            return value.isEmpty() ? null : value;
        }

        /** The value of a column in its type, or null when empty; a value not of that type fails the import. */
        public <T> T get(String column, ColumnType<T> type) {
            String value = get(column);
            return value == null ? null : type.parse(value, "Line " + line + ", column " + columns.get(column.toLowerCase(Locale.ROOT)));
        }

        /** As {@link #get(String, ColumnType)}, and an empty value fails the import too. */
        public <T> T required(String column, ColumnType<T> type) {
            T value = get(column, type);
            if (value == null) {
                throw new ImportFailedException("Line " + line + ", column " + columns.get(column.toLowerCase(Locale.ROOT))
                        + ": the value is missing; every row needs " + type.description() + ".");
            }
            return value;
        }
    }
}
