package uk.tierless.forms;

import uk.tierless.api.ApiError;
import uk.tierless.photos.Photos;
import uk.tierless.platform.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A resident's answers to a form version, checked question by question. Every problem names its question id, so
 * that a page or a script can show them all at once; the answers that pass are kept in a normal form.
 */
public final class Answers {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final ZoneId COUNCILS_TIME = ZoneId.of("Europe/London");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    /** The checked answers, split into the request's facts and the personal answers kept apart. */
    public record Checked(Map<String, Object> facts, Map<String, Object> personal, List<ApiError.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private Answers() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.trim()).matches();
    }

    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text.trim()).matches();
    }

    /** Today where the councils are, which decides the date questions' past and future. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COUNCILS_TIME));
    }

    /** The answers checked; {@code today} (see {@link #today}) decides past and future dates. */
    public static Checked check(List<Question> questions, Map<String, Object> given, LocalDate today) {
        Map<String, Object> answers = given == null ? Map.of() : given;
        List<ApiError.FieldError> errors = new ArrayList<>();
        Set<String> ids = questions.stream().map(Question::id).collect(Collectors.toSet());
        answers.keySet().stream().filter(id -> !ids.contains(id)).sorted()
                .forEach(id -> errors.add(new ApiError.FieldError(id, id + " is not a question of this form")));
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> personal = new LinkedHashMap<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Question question : questions) {
            if (!question.askedGiven(kept)) {
                // Not asked: not required, and whatever was sent for it is dropped, never stored.
                continue;
            }
            Object answer = answers.get(question.id());
            if (empty(answer)) {
                if (question.isRequired()) {
                    errors.add(new ApiError.FieldError(question.id(), AnswerMessages.missing(question)));
                }
                continue;
            }
            try {
                Object value = normal(question, answer, today);
                (question.isPersonal() ? personal : facts).put(question.id(), value);
                kept.put(question.id(), value);
            } catch (IllegalArgumentException e) {
                errors.add(new ApiError.FieldError(question.id(), e.getMessage()));
            }
        }
        return new Checked(facts, personal, errors);
    }

    /**
     * The questions asked, in order, given these answers (as posted or as stored): a conditional question only when
     * the earlier question it depends on was asked and answered with its value.
     */
    public static List<Question> asked(List<Question> questions, Map<String, ?> answers) {
        Map<String, Object> earlier = new LinkedHashMap<>();
        List<Question> asked = new ArrayList<>();
        for (Question question : questions) {
            if (question.askedGiven(earlier)) {
                asked.add(question);
                if (answers.get(question.id()) != null) {
                    earlier.put(question.id(), answers.get(question.id()));
                }
            }
        }
        return asked;
    }

    private static Object normal(Question question, Object answer, LocalDate today) {
        String text = answer instanceof String s ? s.trim() : null;
        return switch (question.type()) {
            case TEXT, TEXTAREA -> {
                String value = requireText(question, text);
                if (question.minLength() != null && value.length() < question.minLength()) {
                    throw new IllegalArgumentException(AnswerMessages.tooShort(question));
                }
                if (question.maxLength() != null && value.length() > question.maxLength()) {
                    throw new IllegalArgumentException(AnswerMessages.tooLong(question));
                }
                if (question.pattern() != null && !value.matches(question.pattern())) {
                    throw new IllegalArgumentException(AnswerMessages.wrongFormat(question));
                }
                yield value;
            }
            case NUMBER -> {
                double value;
                try {
                    value = answer instanceof Number n ? n.doubleValue() : Double.parseDouble(requireText(question, text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(AnswerMessages.notANumber(question));
                }
                if (question.min() != null && value < question.min() || question.max() != null && value > question.max()) {
                    throw new IllegalArgumentException(AnswerMessages.outOfRange(question, format(question.min()),
                            format(question.max())));
                }
                yield value == Math.rint(value) ? (Object) (long) value : (Object) value;
            }
            case MONEY -> pence(answer, text);
            case EMAIL -> matching(question, text, EMAIL, "an email address in the correct format, like name@example.com");
            case PHONE -> matching(question, text, PHONE, "a phone number, like 01827 709709");
            case DATE -> date(question, requireText(question, text), today).toString();
            case RADIOS, SELECT -> option(question, requireText(question, text));
            case CHECKBOXES -> {
                Collection<?> values = answer instanceof Collection<?> list ? list : List.of(requireText(question, text));
                yield values.stream().map(value -> option(question, String.valueOf(value))).toList();
            }
            case YES_NO -> {
                String value = answer instanceof Boolean b ? (b ? "yes" : "no") : requireText(question, text).toLowerCase();
                if (!value.equals("yes") && !value.equals("no")) {
                    throw new IllegalArgumentException(AnswerMessages.notAnOption(question));
                }
                yield value;
            }
            case LOCATION -> location(question, answer);
            case PHOTO -> {
                if (!Photos.isPhotoId(text)) {
                    throw new IllegalArgumentException("Send the photo to /api/v1/photos and answer with its id");
                }
                yield text;
            }
        };
    }

    /**
     * An amount as whole pence, from the pounds typed ("25", "£1,250.50") or, through the API, whole pence already
     * (a JSON integer): never through a floating-point number. The council's bounds for it are its payment's.
     */
    private static long pence(Object answer, String text) {
        if (answer instanceof Long || answer instanceof Integer) {
            long pence = ((Number) answer).longValue();
            if (pence < 0 || pence > Money.LARGEST_ANSWER) {
                throw new IllegalArgumentException(AnswerMessages.notAnAmount());
            }
            return pence;
        }
        if (text == null) {
            throw new IllegalArgumentException(AnswerMessages.notAnAmount());
        }
        return Money.parse(text).orElseThrow(() -> new IllegalArgumentException(Money.tooLarge(text)
                ? AnswerMessages.moreThan(Money.LARGEST_ANSWER) : AnswerMessages.notAnAmount()));
    }

    /** A real date, on the side of today that the question's {@code when} asks for. */
    private static LocalDate date(Question question, String text, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(AnswerMessages.notARealDate(question));
        }
        if (Question.PAST.equals(question.when()) && !date.isBefore(today)) {
            throw new IllegalArgumentException(AnswerMessages.notInThePast(question));
        }
        if (Question.FUTURE.equals(question.when()) && date.isBefore(today)) {
            throw new IllegalArgumentException(AnswerMessages.notTodayOrLater(question));
        }
        return date;
    }

    /** A map point {lat, lon}, the address given {uprn}, or words saying where ({description}, or plain text). */
    private static Object location(Question question, Object answer) {
        if (answer instanceof Map<?, ?> map && map.get("uprn") != null) {
            String uprn = String.valueOf(map.get("uprn"));
            if (!uprn.matches("\\d{1,12}")) {
                throw new IllegalArgumentException("The UPRN must be up to 12 digits");
            }
            Map<String, Object> atAddress = new LinkedHashMap<>();
            atAddress.put("uprn", uprn);
            if (map.get("description") instanceof String words && !words.isBlank()) {
                atAddress.put("description", words.trim());
            }
            return atAddress;
        }
        if (answer instanceof Map<?, ?> map && map.get("lat") instanceof Number lat && map.get("lon") instanceof Number lon) {
            if (lat.doubleValue() < 49.8 || lat.doubleValue() > 61 || lon.doubleValue() < -8.7 || lon.doubleValue() > 2) {
                throw new IllegalArgumentException("Put the pin in Great Britain");
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("lat", lat.doubleValue());
            point.put("lon", lon.doubleValue());
            if (map.get("description") instanceof String words && !words.isBlank()) {
                point.put("description", words.trim());
            }
            return point;
        }
        Object description = answer instanceof Map<?, ?> map ? map.get("description") : answer;
        if (description instanceof String words && words.trim().length() >= 3) {
            return Map.of("description", words.trim());
        }
        throw new IllegalArgumentException(AnswerMessages.missing(question));
    }

    private static String option(Question question, String value) {
        if (question.optionsOrEmpty().stream().noneMatch(option -> option.value().equals(value))) {
            throw new IllegalArgumentException(AnswerMessages.notAnOption(question));
        }
        return value;
    }

    private static String matching(Question question, String text, Pattern pattern, String example) {
        String value = requireText(question, text);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter " + example);
        }
        return value;
    }

    private static String requireText(Question question, String text) {
        if (text == null) {
            throw new IllegalArgumentException(AnswerMessages.notText(question));
        }
        return text;
    }

    private static boolean empty(Object answer) {
        return answer == null || answer instanceof String s && s.isBlank() || answer instanceof Collection<?> c && c.isEmpty();
    }

    private static String format(Double bound) {
        return bound == null ? "any" : bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : String.valueOf(bound);
    }
}
