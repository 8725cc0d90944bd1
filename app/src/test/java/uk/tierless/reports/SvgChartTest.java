package uk.tierless.reports;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The server's SVG charts: well-formed XML, named for assistive technology, in proportion, and escaped. */
class SvgChartTest {

    @Test
    void barsAreInProportionToTheirValuesAndTheChartIsANamedImage() throws Exception {
        Chart chart = SvgChart.bars("visits-by-council", "Visits by council", "Council", "Visits", List.of(
                new Chart.Point("Tamworth", 400.0, "400"),
                new Chart.Point("Lichfield", 100.0, "100"),
                new Chart.Point("Stafford", 200.0, "200")));

        Element svg = parse(chart.svg().getValue());
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("visits-by-council-title");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 " + SvgChart.WIDTH + " ");
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("visits-by-council-title");
        assertThat(title.getTextContent()).isEqualTo("Visits by council");

        List<Double> widths = attributes(svg, "rect", "width");
        assertThat(widths).hasSize(3);
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(0.25, within(0.01));
        assertThat(widths.get(2) / widths.get(0)).isCloseTo(0.5, within(0.01));
        assertThat(texts(svg)).contains("Tamworth", "400", "Lichfield", "100");
    }

    @Test
    void aSuppressedFigureDrawsNoBarAndSaysWhyAndNothingAtAllDrawsNothing() throws Exception {
        Element svg = parse(SvgChart.bars("forms", "Forms submitted", "Service", "Forms", List.of(
                new Chart.Point("Bins", 30.0, "30"),
                new Chart.Point("Potholes", null, "fewer than 5"))).svg().getValue());
        assertThat(attributes(svg, "rect", "width")).hasSize(1);
        assertThat(texts(svg)).contains("fewer than 5");

        Element empty = parse(SvgChart.bars("none", "Nothing yet", "Council", "Visits", List.of()).svg().getValue());
        assertThat(empty.getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void labelsAndTitlesAreEscaped() throws Exception {
        Chart chart = SvgChart.bars("odd", "Fish & chips <b>\"shops\"</b>", "Service", "Count", List.of(
                new Chart.Point("<script>alert('x')</script>", 3.0, "3")));
        String markup = chart.svg().getValue();
        assertThat(markup).doesNotContain("<script>").doesNotContain("<b>");
        Element svg = parse(markup);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Fish & chips <b>\"shops\"</b>");
        assertThat(texts(svg)).contains("<script>alert('x')</script>");
    }

    @Test
    void aTrendPutsEachMonthAtItsHeightAndBreaksTheLineWhereAFigureIsMissing() throws Exception {
        Chart chart = SvgChart.trend("online", "Online share by month", "Month", "Online share", List.of(
                new Chart.Point("April 2026", 50.0, "50%"),
                new Chart.Point("May 2026", 100.0, "100%"),
                new Chart.Point("June 2026", null, "no requests"),
                new Chart.Point("July 2026", 25.0, "25%")), 100.0);
        Element svg = parse(chart.svg().getValue());
        List<Double> heights = attributes(svg, "circle", "cy");
        assertThat(heights).hasSize(3);
        double bottom = 16 + 160;
        assertThat((bottom - heights.get(0)) / (bottom - heights.get(1))).isCloseTo(0.5, within(0.01));
        assertThat((bottom - heights.get(2)) / (bottom - heights.get(1))).isCloseTo(0.25, within(0.01));
        String path = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(path.split("M")).hasSize(3); // two runs: April to May, then July
        assertThat(texts(svg)).contains("Apr", "May", "Jun", "Jul", "0%", "100%");
    }

    @Test
    void theValueAxisOfCountsEndsOnARoundNumber() {
        assertThat(SvgChart.niceCeiling(7)).isEqualTo(10);
        assertThat(SvgChart.niceCeiling(130)).isEqualTo(200);
        assertThat(SvgChart.niceCeiling(400)).isEqualTo(500);
        assertThat(SvgChart.niceCeiling(1000)).isEqualTo(1000);
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        return document.getDocumentElement();
    }

    private static List<Double> attributes(Element svg, String tag, String attribute) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(Double.parseDouble(((Element) nodes.item(i)).getAttribute(attribute)));
        }
        return values;
    }

    private static List<String> texts(Element svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
