package uk.tierless.reports;

import io.quarkus.qute.RawString;

import java.util.List;

/**
 * A chart as a page shows it: the SVG drawn on the server ({@link SvgChart}) and the same figures as a table,
 * which is the chart's text alternative ({@code templates/tags/chart.html}).
 *
 * @param id           unique on the page: the SVG's title and the table's caption are named from it
 * @param title        what the chart shows, the SVG's title and the table's caption
 * @param labelHeading the table's first column ("Council", "Month")
 * @param valueHeading the table's second column ("Visits", "Online share")
 */
public record Chart(String id, String title, String labelHeading, String valueHeading, List<Point> points,
                    RawString svg) {

    /**
     * One bar or one point of a line.
     *
     * @param value what is drawn; null for a figure not shown (suppressed, or nothing to divide by)
     * @param shown the value as written in the table and beside the bar ("1,204", "70%", "fewer than 5")
     */
    public record Point(String label, Double value, String shown) {
    }
}
