package uk.tierless.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table the board sorts without script ({@code templates/tags/sortableTable.html}): every column heading is a
 * link to the same page with {@code ?sort=<table>.<column>&dir=asc|desc} (and the page's other query, so the
 * period stays), and the sorted column says so with {@code aria-sort}. Rows stay in the order given until a
 * column is chosen; a cell without a sort value (a suppressed or missing figure) goes last either way.
 */
public record SortableTable(String id, String caption, List<Heading> headings, List<List<Cell>> rows) {

    /** A column heading as drawn: its link, and {@code ascending}/{@code descending} when sorted by it, else null. */
    public record Heading(String text, boolean numeric, String href, String ariaSort) {
    }

    public record Column(String key, String heading, boolean numeric) {
    }

    /** What the cell shows, what it sorts by (a number or a name; null for none), and whether it is a figure. */
    public record Cell(String text, Comparable<?> sortBy, boolean numeric) {

        public static Cell text(String text) {
            return new Cell(text, text, false);
        }

        /** A figure as {@link Shown} writes it, sorted by its value. */
        public static Cell figure(String shown, Comparable<?> value) {
            return new Cell(shown, value, true);
        }

        public static Cell count(Long value) {
            return figure(Shown.count(value), value);
        }

        public static Cell percent(Double value) {
            return figure(Shown.percent(value), value);
        }
    }

    /**
     * @param sort  the page's {@code sort} parameter ({@code services.visits}); another table's, or none, leaves
     *              the rows as given
     * @param query the page's query without sort and dir ({@code period=2026-Q3}), for the headings' links
     */
    public static SortableTable of(String id, String caption, List<Column> columns, List<List<Cell>> rows,
                                   String sort, String dir, String query) {
        int sorted = -1;
        for (int i = 0; i < columns.size(); i++) {
            if ((id + "." + columns.get(i).key()).equals(sort)) {
                sorted = i;
            }
        }
        boolean descending = "desc".equals(dir);
        List<List<Cell>> ordered = new ArrayList<>(rows);
        if (sorted >= 0) {
            int column = sorted;
            Comparator<Comparable<Object>> direction = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            ordered.sort(Comparator.comparing(row -> SortableTable.<Comparable<Object>>sortValue(row.get(column)),
                    Comparator.nullsLast(direction)));
        }
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            boolean isSorted = i == sorted;
            // A heading first sorts ascending (names) or descending (figures, the largest first); again, the other way.
            String next = isSorted ? (descending ? "asc" : "desc") : column.numeric() ? "desc" : "asc";
            String href = "?" + (query == null || query.isEmpty() ? "" : query + "&") + "sort=" + id + "." + column.key()
                    + "&dir=" + next + "#" + id;
            headings.add(new Heading(column.heading(), column.numeric(), href,
                    isSorted ? (descending ? "descending" : "ascending") : null));
        }
        return new SortableTable(id, caption, headings, ordered);
    }

    @SuppressWarnings("unchecked")
    private static <T> T sortValue(Cell cell) {
        return (T) cell.sortBy();
    }
}
