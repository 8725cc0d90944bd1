package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.StaffPaths;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the board's pages share: today in London, the links between them, and a refused period's problems. */
@ApplicationScoped
public class BoardPageLinks {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A member council in a partnership's report, with the link to its own page for the same period. */
    public record Council(String name, String href) {
    }

    /** A refused period: the error summary's lines (to each field's id) and the message beside each field. */
    public record Problems(List<Line> lines, String period, String from, String to) {
    }

    public record Line(String href, String message) {
    }

    @Inject
    Clock clock;

    PeriodChoice choice(String period, String from, String to) {
        return PeriodChoice.of(period, from, to, LocalDate.now(clock.withZone(LONDON)));
    }

    List<Council> councils(BoardReport report, PeriodChoice choice) {
        return report.councils().stream().map(row -> new Council(row.council().name(),
                councilPage(row.council().slug()) + "&" + choice.query())).toList();
    }

    static String councilPage(String council) {
        return StaffPaths.BOARD + "/council?council=" + encode(council);
    }

    static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(encode(value));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Problems problems(ApiException refusal) {
        List<ApiError.FieldError> details = refusal.toError().details();
        if (details == null || details.isEmpty()) {
            return new Problems(List.of(new Line("#period", refusal.getMessage())), refusal.getMessage(), null, null);
        }
        return new Problems(details.stream().map(detail -> new Line("#" + detail.field(), sentence(detail.message())))
                .toList(), message(details, "period"), message(details, "from"), message(details, "to"));
    }

    private static String message(List<ApiError.FieldError> details, String field) {
        return details.stream().filter(detail -> field.equals(detail.field())).map(detail -> sentence(detail.message()))
                .findFirst().orElse(null);
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
