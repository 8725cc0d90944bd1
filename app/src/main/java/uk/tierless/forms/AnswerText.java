package uk.tierless.forms;

import uk.tierless.platform.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An answer as the resident saw it on the form: the label of a chosen option (Yes or No for yes/no questions), a date
 * as "30 November 2026", several choices joined with commas. Check your answers and the caseworker's request page
 * both read answers through it, so staff see what the resident saw.
 */
public final class AnswerText {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<Question.Option> YES_NO = List.of(new Question.Option("yes", "Yes"), new Question.Option("no", "No"));

    private AnswerText() {
    }

    /** The options a resident chooses from: a yes/no question's two, or the question's own. */
    public static List<Question.Option> options(Question question) {
        return question.type() == QuestionType.YES_NO ? YES_NO : question.optionsOrEmpty();
    }

    /** The answer in words; a place is the pin and its description ("At the address" for an address). */
    public static String of(Question question, Object answer) {
        if (answer == null) {
            return "Not given";
        }
        return switch (question.type()) {
            case DATE -> longDate(answer.toString());
            case PHOTO -> "Photo added";
            case MONEY -> answer instanceof Number pence ? Money.format(pence.longValue())
                    : Money.parse(answer.toString()).stream().mapToObj(Money::format).findFirst().orElse(answer.toString());
            case LOCATION -> answer instanceof Map<?, ?> place ? place(place, "At the address") : answer.toString();
            default -> {
                List<String> values = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : List.of(answer.toString());
                yield values.stream().map(value -> options(question).stream().filter(o -> o.value().equals(value))
                        .map(Question.Option::label).findFirst().orElse(value)).collect(Collectors.joining(", "));
            }
        };
    }

    /** A place answer in words, {@code atAddress} for one given by its address. */
    public static String place(Map<?, ?> place, String atAddress) {
        String where = place.containsKey("uprn") ? atAddress
                : String.format(Locale.UK, "Pin on the map (%.5f, %.5f)", place.get("lat"), place.get("lon"));
        return place.get("description") == null ? where : where + ": " + place.get("description");
    }

    private static String longDate(String iso) {
        try {
            return LocalDate.parse(iso).format(LONG_DATE);
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }
}
