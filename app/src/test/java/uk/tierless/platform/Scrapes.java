package uk.tierless.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading /q/metrics in tests: a scrape, one series' value, and how much a counter grew between two scrapes. */
public final class Scrapes {

    private Scrapes() {
    }

    public static String metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** How much a counter grew between two scrapes (a series not yet there counts as 0). */
    public static double increase(String before, String after, String name, Map<String, String> labels) {
        Double then = value(before, name, labels);
        Double now = value(after, name, labels);
        assertThat(now).as("%s%s in /q/metrics", name, labels).isNotNull();
        return now - (then == null ? 0 : then);
    }

    /** A series' value, its labels in name order as Prometheus writes them (with or without a trailing comma). */
    public static Double value(String metrics, String name, Map<String, String> labels) {
        StringBuilder series = new StringBuilder("(?m)^").append(Pattern.quote(name)).append("\\{");
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(label -> series
                .append(Pattern.quote(label.getKey() + "=\"" + label.getValue() + "\"")).append(",?"));
        Matcher matcher = Pattern.compile(series.append("\\} (\\S+)$").toString()).matcher(metrics);
        return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
    }
}
