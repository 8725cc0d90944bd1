package uk.tierless.portal;

import uk.tierless.forms.AnswerText;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form's pages show, built from the posted fields: each question with its answer so far, the rows of
 * "check your answers", and the hidden fields that carry every other answer on to the next post.
 */
public final class FormPageViews {

    static final String PAGE = "page";
    static final String RETURN_TO_CHECK = "returnToCheck";
    private static final Set<String> NOT_CARRIED = Set.of("csrf-token", PAGE, RETURN_TO_CHECK);

    /**
     * One page of a form as shown: its questions, whether it is the contact page, what a place question needs, and
     * the address chosen (shown on the first page, with a link to choose again).
     */
    public record FormPage(int number, List<QuestionView> questions, boolean contact, String email,
                           String phone, boolean multipart, boolean returnToCheck, MapView map, String address,
                           String changeAddress, AddressEntry addressEntry, Map<String, String> errors,
                           boolean assisted, String channel) {

        /**
         * A later page of one complex question has that question as its heading; the first page is always headed by
         * the service and the council that runs it.
         */
        public boolean single() {
            return number > 1 && questions.size() == 1 && FormSteps.ownPage(questions.get(0).question());
        }
    }

    /** The address in words, asked on the first page where the resident's is not listed, at the postcode they gave. */
    public record AddressEntry(String line1, String town, String postcode) {
    }

    /** The map for a place question: tiles from the configured server, centred where the resident is. */
    public record MapView(String tileUrl, String attribution, double lat, double lon) {
    }

    public record OptionView(String value, String label, boolean selected) {
    }

    public record QuestionView(Question question, String id, String type, String label, String hint, boolean required,
                               List<OptionView> options, String value, String error, String inputType,
                               Map<String, String> parts) {
    }

    public record Row(String label, String value, int page) {
    }

    public record Hidden(String name, String value) {
    }

    private FormPageViews() {
    }

    /** The fields to carry in hidden inputs: all but those shown on this page and the page's own controls. */
    static List<Hidden> hidden(Map<String, List<String>> fields, Set<String> shown) {
        return fields.entrySet().stream()
                .filter(entry -> !NOT_CARRIED.contains(entry.getKey()) && !shown.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream().map(value -> new Hidden(entry.getKey(), value)))
                .toList();
    }

    /** "Check your answers": every question's answer with the page to change it on, then the contact details. */
    static List<Row> rows(List<List<Question>> pages, Map<String, Object> answers, Map<String, List<String>> fields) {
        List<Row> rows = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            for (Question question : pages.get(page - 1)) {
                rows.add(new Row(question.label(), display(question, answers.get(question.id())), page));
            }
        }
        int contactPage = pages.size() + 1;
        rows.add(new Row("Email address for updates", orNotGiven(FormSteps.first(fields, "email")), contactPage));
        rows.add(new Row("Phone number", orNotGiven(FormSteps.first(fields, "phone")), contactPage));
        return rows;
    }

    static QuestionView question(Question question, Map<String, List<String>> fields, String error) {
        List<String> values = fields.getOrDefault(question.id(), List.of());
        List<Question.Option> options = options(question);
        String inputType = switch (question.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
        Map<String, String> parts = new LinkedHashMap<>();
        for (String field : FormSteps.fieldsOf(question)) {
            if (!field.equals(question.id())) {
                parts.put(field.substring(question.id().length() + 1), FormSteps.first(fields, field));
            }
        }
        if (question.type() == QuestionType.DATE && parts.values().stream().allMatch(String::isEmpty)) {
            splitIsoDate(FormSteps.first(fields, question.id()), parts);
        }
        return new QuestionView(question, question.id(), question.type().code(), question.label(), question.hint(),
                question.isRequired(), options.stream().map(o -> new OptionView(o.value(), o.label(), values.contains(o.value())))
                .toList(), values.isEmpty() ? "" : values.get(0), error, inputType, parts);
    }

    /** A date answered as 2026-03-27 (by an older page or a link) is shown in the three boxes. */
    private static void splitIsoDate(String iso, Map<String, String> parts) {
        try {
            LocalDate date = LocalDate.parse(iso);
            parts.put("day", String.valueOf(date.getDayOfMonth()));
            parts.put("month", String.valueOf(date.getMonthValue()));
            parts.put("year", String.valueOf(date.getYear()));
        } catch (RuntimeException notADate) {
            // Left blank: the resident types it again.
        }
    }

    private static List<Question.Option> options(Question question) {
        return AnswerText.options(question);
    }

    private static String display(Question question, Object answer) {
        return answer instanceof Map<?, ?> place && question.type() == QuestionType.LOCATION
                ? AnswerText.place(place, "At your address") : AnswerText.of(question, answer);
    }

    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "Not given" : value.trim();
    }
}
