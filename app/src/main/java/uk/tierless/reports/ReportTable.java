package uk.tierless.reports;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A report's table as CSV: by council, by service or by month. A header row names the columns (the key columns,
 * then every figure of {@link Figures} by its JSON name); a figure not shown (suppressed, or not applicable) is an
 * empty cell.
 */
public enum ReportTable {
    COUNCIL("council", "councilName"),
    SERVICE("council", "councilName", "service", "serviceName"),
    MONTH("month");

    private static final List<String> FIGURES = Arrays.stream(Figures.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final List<String> keys;

    ReportTable(String... keys) {
        this.keys = List.of(keys);
    }

    /** {@code by} as the API takes it ({@code council} when absent), or a 400 naming it. */
    public static ReportTable parse(String by) {
        if (by == null || by.isBlank()) {
            return COUNCIL;
        }
        return Arrays.stream(values()).filter(table -> table.key().equals(by.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalid("The table asked for is not one a report has.",
                        List.of(new ApiError.FieldError("by", "by must be council, service or month"))));
    }

    /** As the API names it: council, service or month. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table with its header row, lines ending CRLF (RFC 4180). */
    public String csv(BoardReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, Stream.concat(keys.stream(), FIGURES.stream()).toList());
        switch (this) {
            case COUNCIL -> report.councils().forEach(row ->
                    line(csv, row(List.of(row.council().slug(), row.council().name()), row.figures())));
            case SERVICE -> report.services().forEach(row -> line(csv, row(List.of(row.council().slug(),
                    row.council().name(), row.service(), row.serviceName()), row.figures())));
            case MONTH -> report.months().forEach(row -> line(csv, row(List.of(row.month()), row.figures())));
        }
        return csv.toString();
    }

    private static List<String> row(List<String> keys, Figures figures) {
        List<String> cells = new ArrayList<>(keys);
        for (RecordComponent component : Figures.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(figures);
                cells.add(value == null ? "" : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the figure " + component.getName(), e);
            }
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted where it must be: a comma, a quote or a line break in it. */
    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
