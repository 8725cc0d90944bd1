package uk.tierless.reports;

import uk.tierless.reports.SortableTable.Cell;
import uk.tierless.reports.SortableTable.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's sortable tables, by council, service, device and month. Each table's id is its part of the
 * {@code sort} parameter ({@code ?sort=use-services.formsSubmitted}).
 */
final class BoardTables {

    /** The page's {@code sort} and {@code dir}, and its query without them. */
    record Sorting(String sort, String dir, String query) {

        SortableTable table(String id, String caption, List<Column> columns, List<List<Cell>> rows) {
            return SortableTable.of(id, caption, columns, rows, sort, dir, query);
        }
    }

    private static final Column COUNCIL = new Column("council", "Council", false);
    private static final Column SERVICE = new Column("service", "Service", false);

    private BoardTables() {
    }

    static SortableTable useByCouncil(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.councils().stream().map(row -> {
            Figures f = row.figures();
            return List.of(Cell.text(row.council().name()), Cell.count(f.visits()), Cell.count(f.pageViews()),
                    Cell.count(f.postcodeSearches()), Cell.count(f.tilesOpened()), Cell.count(f.formsStarted()),
                    Cell.count(f.formsSubmitted()), Cell.percent(f.completionRate()),
                    Cell.count(f.throughAnotherCouncil()));
        }).toList();
        return sorting.table("use-councils", "Use by council", List.of(COUNCIL, number("visits", "Visits"),
                number("pageViews", "Page views"), number("postcodeSearches", "Postcode searches"),
                number("tilesOpened", "Tiles opened"), number("formsStarted", "Forms started"),
                number("formsSubmitted", "Forms submitted"), number("completionRate", "Completion rate"),
                number("throughAnotherCouncil", "Came through another council's profile")), rows);
    }

    static SortableTable useByService(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.services().stream().map(row -> {
            Figures f = row.figures();
            return List.of(Cell.text(row.serviceName()), Cell.text(row.council().name()), Cell.count(f.tilesOpened()),
                    Cell.count(f.formsStarted()), Cell.count(f.formsSubmitted()), Cell.percent(f.completionRate()),
                    Cell.count(f.throughAnotherCouncil()));
        }).toList();
        return sorting.table("use-services", "Use by service", List.of(SERVICE, COUNCIL,
                number("tilesOpened", "Tiles opened"), number("formsStarted", "Forms started"),
                number("formsSubmitted", "Forms submitted"), number("completionRate", "Completion rate"),
                number("throughAnotherCouncil", "Came through another council's profile")), rows);
    }

    static SortableTable useByDevice(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.devices().stream().map(row -> List.of(Cell.text(deviceName(row.device())),
                Cell.count(row.visits()), Cell.count(row.pageViews()), Cell.count(row.formsStarted()),
                Cell.count(row.formsSubmitted()))).toList();
        return sorting.table("use-devices", "Use by device", List.of(new Column("device", "Device", false),
                number("visits", "Visits"), number("pageViews", "Page views"), number("formsStarted", "Forms started"),
                number("formsSubmitted", "Forms submitted")), rows);
    }

    static SortableTable outcomesByCouncil(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.councils().stream()
                .map(row -> outcomes(List.of(Cell.text(row.council().name())), row.figures(), true)).toList();
        return sorting.table("outcomes-councils", "Outcomes by council", outcomeColumns(List.of(COUNCIL), true), rows);
    }

    static SortableTable outcomesByService(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.services().stream().map(row -> outcomes(
                List.of(Cell.text(row.serviceName()), Cell.text(row.council().name())), row.figures(), true)).toList();
        return sorting.table("outcomes-services", "Outcomes by service", outcomeColumns(List.of(SERVICE, COUNCIL), true),
                rows);
    }

    static SortableTable outcomesByMonth(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.months().stream().map(row -> outcomes(
                List.of(new Cell(BoardCharts.monthName(row.month()), row.month(), false)), row.figures(), false)).toList();
        return sorting.table("outcomes-months", "Outcomes by month",
                outcomeColumns(List.of(new Column("month", "Month", false)), false), rows);
    }

    static SortableTable channelsByService(BoardReport report, Sorting sorting) {
        List<List<Cell>> rows = report.channels().services().stream().map(row -> List.of(Cell.text(row.serviceName()),
                Cell.text(row.council().name()), Cell.count(row.online()), Cell.count(row.phone()),
                Cell.count(row.faceToFace()), Cell.percent(row.onlineShare()))).toList();
        return sorting.table("channels-services", "Channels by service", List.of(SERVICE, COUNCIL,
                number("online", "Online"), number("phone", "Phone"), number("faceToFace", "Face to face"),
                number("onlineShare", "Online share")), rows);
    }

    /** Overdue is live, so a council's or a service's row has it (today's), a month's does not. */
    private static List<Cell> outcomes(List<Cell> names, Figures f, boolean overdue) {
        List<Cell> cells = new ArrayList<>(names);
        cells.addAll(List.of(Cell.count(f.requests()), Cell.count(f.closed()), Cell.percent(f.closedWithinTargetPercent()),
                days(f.medianDaysToClose()), days(f.p90DaysToClose())));
        if (overdue) {
            cells.add(Cell.count(f.overdueNow()));
        }
        cells.addAll(List.of(Cell.count(f.handedOver()), Cell.count(f.duplicates())));
        return cells;
    }

    private static List<Column> outcomeColumns(List<Column> names, boolean overdue) {
        List<Column> columns = new ArrayList<>(names);
        columns.addAll(List.of(number("requests", "Received"), number("closed", "Closed"),
                number("closedWithinTarget", "Closed within target"),
                number("medianDaysToClose", "Median working days to close"),
                number("p90DaysToClose", "90th percentile working days to close")));
        if (overdue) {
            columns.add(number("overdueNow", "Overdue now"));
        }
        columns.addAll(List.of(number("handedOver", "Handed over"), number("duplicates", "Closed as duplicates")));
        return columns;
    }

    private static Cell days(Integer value) {
        return Cell.figure(Shown.days(value), value);
    }

    private static Column number(String key, String heading) {
        return new Column(key, heading, true);
    }

    static String deviceName(String device) {
        return switch (device) {
            case "phone" -> "Phone";
            case "tablet" -> "Tablet";
            case "desktop" -> "Computer";
            default -> device;
        };
    }
}
