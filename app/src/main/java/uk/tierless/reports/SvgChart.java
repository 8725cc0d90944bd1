package uk.tierless.reports;

import io.quarkus.qute.RawString;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Charts drawn on the server as SVG, with no script: a horizontal bar chart (labels above their bars, so long
 * council and service names fit at 320 px) and a line chart of a trend by month. The SVG scales to its container
 * (a viewBox, width 100%); it is an image ({@code role="img"}) named by its title, and the page puts the same
 * figures in a table after it. Colours are drawn with presentation attributes, not style attributes, which the
 * Content-Security-Policy would block; each has at least 3:1 contrast against white.
 */
public final class SvgChart {

    /** GOV.UK blue (5.2:1 against white). */
    static final String BAR = "#1d70b8";
    /** GOV.UK text colour (19:1). */
    static final String TEXT = "#0b0c0c";
    /** GOV.UK secondary text colour, for axes and grid lines (7:1). */
    static final String AXIS = "#505a5f";
    static final int WIDTH = 400;
    static final int FONT = 14;
    static final int SMALL_FONT = 12;
    private static final int ROW = 46;
    private static final int BAR_HEIGHT = 18;
    private static final int VALUE_SPACE = 90;
    private static final int PLOT_LEFT = 44;
    private static final int PLOT_TOP = 16;
    private static final int PLOT_HEIGHT = 160;
    private static final int LONGEST_LABEL = 46;

    private SvgChart() {
    }

    /** A bar for each point, its length in proportion to the largest value; a point without a value draws none. */
    public static Chart bars(String id, String title, String labelHeading, String valueHeading, List<Chart.Point> points) {
        double max = max(points, 0);
        int height = PLOT_TOP + ROW * Math.max(points.size(), 1) + 8;
        int barSpace = WIDTH - VALUE_SPACE;
        StringBuilder svg = open(id, title, height);
        for (int i = 0; i < points.size(); i++) {
            Chart.Point point = points.get(i);
            int top = PLOT_TOP + ROW * i;
            text(svg, 0, top + FONT, FONT, "start", shortened(point.label()));
            double length = point.value() == null || max == 0 ? 0 : barSpace * point.value() / max;
            int barTop = top + FONT + 6;
            if (length > 0) {
                svg.append("<rect x=\"0\" y=\"").append(barTop).append("\" width=\"").append(number(length))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(BAR).append("\"/>");
            }
            text(svg, length + 6, barTop + BAR_HEIGHT - 4, FONT, "start", point.shown());
        }
        svg.append("<line x1=\"0\" y1=\"").append(PLOT_TOP).append("\" x2=\"0\" y2=\"").append(height - 8)
                .append("\" stroke=\"").append(AXIS).append("\" stroke-width=\"1\"/>");
        return close(svg, id, title, labelHeading, valueHeading, points);
    }

    /**
     * A line through the points in order (months, oldest first), over a y axis from 0 to {@code ceiling} (100 for
     * a percentage) or to the largest value when the ceiling is null; a point without a value breaks the line.
     */
    public static Chart trend(String id, String title, String labelHeading, String valueHeading,
                              List<Chart.Point> points, Double ceiling) {
        double max = ceiling != null ? ceiling : niceCeiling(max(points, 1));
        int plotWidth = WIDTH - PLOT_LEFT - 8;
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        int height = bottom + 2 * SMALL_FONT + 12;
        StringBuilder svg = open(id, title, height);
        for (double tick : new double[] {0, max / 2, max}) {
            double y = bottom - PLOT_HEIGHT * tick / max;
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                    .append(WIDTH - 8).append("\" y2=\"").append(number(y)).append("\" stroke=\"").append(AXIS)
                    .append("\" stroke-width=\"").append(tick == 0 ? "1" : "0.5").append("\"/>");
            text(svg, PLOT_LEFT - 4, y + 4, SMALL_FONT, "end", axisNumber(tick, ceiling != null));
        }
        double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
        int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 12.0));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Chart.Point point = points.get(i);
            double x = PLOT_LEFT + (points.size() > 1 ? step * i : plotWidth / 2.0);
            if (i % labelEvery == 0) {
                text(svg, x, bottom + SMALL_FONT + 6, SMALL_FONT, "middle", tick(point.label()));
            }
            if (point.value() == null) {
                line.append(' ');
                continue;
            }
            double y = bottom - PLOT_HEIGHT * Math.min(point.value(), max) / max;
            line.append(line.isEmpty() || line.charAt(line.length() - 1) == ' ' ? "M" : "L")
                    .append(number(x)).append(',').append(number(y));
            svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"4\" fill=\"").append(BAR).append("\"/>");
        }
        if (!line.toString().isBlank()) {
            svg.append("<path d=\"").append(line.toString().trim().replaceAll(" +", " ")).append("\" fill=\"none\" stroke=\"")
                    .append(BAR).append("\" stroke-width=\"3\"/>");
        }
        return close(svg, id, title, labelHeading, valueHeading, points);
    }

    private static StringBuilder open(String id, String title, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tierless-chart\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"Arial, sans-serif\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        return svg;
    }

    private static Chart close(StringBuilder svg, String id, String title, String labelHeading, String valueHeading,
                               List<Chart.Point> points) {
        svg.append("</svg>");
        return new Chart(id, title, labelHeading, valueHeading, List.copyOf(points), new RawString(svg.toString()));
    }

    private static void text(StringBuilder svg, double x, double y, int size, String anchor, String content) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(size).append("\" fill=\"").append(TEXT).append('"');
        if (!"start".equals(anchor)) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append('>').append(escape(content)).append("</text>");
    }

    /** The largest value, or {@code otherwise} when there is none above 0. */
    private static double max(List<Chart.Point> points, double otherwise) {
        double max = points.stream().map(Chart.Point::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        return max > 0 ? max : otherwise;
    }

    /** The y axis's top: 1, 2 or 5 times a power of ten at or above the largest value, so its ticks read well. */
    static double niceCeiling(double max) {
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A month on the axis by its first three letters ("July 2026" is "Jul"); the table names it in full. */
    private static String tick(String label) {
        return label.length() <= 3 ? label : label.substring(0, 3);
    }

    /** The table holds the whole label; the chart cuts a very long one so it stays on its line. */
    private static String shortened(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1).trim() + "…";
    }

    private static String axisNumber(double value, boolean percent) {
        String shown = value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
                : String.format(Locale.UK, "%,.1f", value);
        return percent ? shown + "%" : shown;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values: every character XML gives a meaning to. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
