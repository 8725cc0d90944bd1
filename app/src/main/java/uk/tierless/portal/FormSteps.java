package uk.tierless.portal;

import uk.tierless.api.ApiError;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.platform.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a form becomes pages, and how a page's posted fields become answers. A complex question (a place, a photo) has
 * a page of its own, as the GOV.UK pattern asks; the simple questions between them share a page; the contact
 * details come last. A conditional question never shares a page with the answer it depends on, and a page whose
 * questions are all hidden by earlier answers is skipped. A date is posted as day, month and year, a place as a pin,
 * the address given or words.
 */
final class FormSteps {

    static final String DAY = "-day";
    static final String MONTH = "-month";
    static final String YEAR = "-year";
    static final String LAT = "-lat";
    static final String LON = "-lon";
    static final String AT_ADDRESS = "-at-address";
    static final String REMOVE = "-remove";
    /** The last page's fields: how to reach the resident, and (for staff filing for them) how they came to us. */
    static final Set<String> CONTACT_FIELDS = Set.of("email", "phone", "channel");

    private FormSteps() {
    }

    /** The question pages, in order; the contact page follows the last of them. */
    static List<List<Question>> pages(FormView form) {
        return pages(form.questions());
    }

    /** The same for questions not yet published (an administrator's preview of a draft). */
    static List<List<Question>> pages(List<Question> questions) {
        List<List<Question>> pages = new ArrayList<>();
        List<Question> simple = new ArrayList<>();
        for (Question question : questions) {
            if (ownPage(question)) {
                if (!simple.isEmpty()) {
                    pages.add(simple);
                    simple = new ArrayList<>();
                }
                pages.add(List.of(question));
            } else {
                if (dependsOnAny(question, simple)) {
                    // Asked or not by an answer on this page: it must wait for the next one.
                    pages.add(simple);
                    simple = new ArrayList<>();
                }
                simple.add(question);
            }
        }
        if (!simple.isEmpty()) {
            pages.add(simple);
        }
        return pages;
    }

    private static boolean dependsOnAny(Question question, List<Question> questions) {
        return question.showIf() != null
                && questions.stream().anyMatch(earlier -> earlier.id().equals(question.showIf().question()));
    }

    /**
     * The question pages with only the questions the answers so far ask: numbered as {@link #pages}, a page left
     * with none is skipped.
     */
    static List<List<Question>> askedPages(FormView form, Map<String, Object> answers) {
        List<Question> asked = Answers.asked(form.questions(), answers);
        return pages(form).stream().map(page -> page.stream().filter(asked::contains).toList()).toList();
    }

    /** The first page after {@code page} that asks something, or the contact page. */
    static int pageAfter(List<List<Question>> askedPages, int page) {
        int next = page + 1;
        while (next <= askedPages.size() && askedPages.get(next - 1).isEmpty()) {
            next++;
        }
        return next;
    }

    /** {@code page} if it asks something (or is the contact page), else the nearest one before it that does. */
    static int pageAtOrBefore(List<List<Question>> askedPages, int page) {
        int shown = page;
        while (shown > 1 && shown <= askedPages.size() && askedPages.get(shown - 1).isEmpty()) {
            shown--;
        }
        return shown;
    }

    /** The first page holding a question with an error (the first for the address, the contact page for contact). */
    static int pageOf(List<List<Question>> pages, List<ApiError.FieldError> errors) {
        if (errors.stream().anyMatch(error -> error.field().startsWith("address."))) {
            return 1;
        }
        for (int page = 1; page <= pages.size(); page++) {
            Set<String> ids = pages.get(page - 1).stream().map(Question::id).collect(Collectors.toSet());
            if (errors.stream().anyMatch(error -> ids.contains(error.field()))) {
                return page;
            }
        }
        return pages.size() + 1;
    }

    static boolean ownPage(Question question) {
        return question.type() == QuestionType.LOCATION || question.type() == QuestionType.PHOTO;
    }

    /** The names a question's answer is posted under. */
    static List<String> fieldsOf(Question question) {
        String id = question.id();
        return switch (question.type()) {
            case DATE -> List.of(id, id + DAY, id + MONTH, id + YEAR);
            case LOCATION -> List.of(id, id + LAT, id + LON, id + AT_ADDRESS);
            case PHOTO -> List.of(id, id + REMOVE);
            default -> List.of(id);
        };
    }

    /**
     * The answers the posted fields give to these questions: a list for checkboxes, an ISO date for a date, a map for
     * a place, the stored photo's id for a photo, text otherwise. A question left blank has no answer.
     */
    static Map<String, Object> answers(List<Question> questions, Map<String, List<String>> fields, String uprn) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            Object answer = answer(question, fields, uprn);
            if (answer != null) {
                answers.put(question.id(), answer);
            }
        }
        return answers;
    }

    private static Object answer(Question question, Map<String, List<String>> fields, String uprn) {
        String id = question.id();
        return switch (question.type()) {
            case CHECKBOXES -> fields.containsKey(id) ? List.copyOf(fields.get(id)) : null;
            case DATE -> date(fields, id);
            case LOCATION -> location(fields, id, uprn);
            case PHOTO -> first(fields, id + REMOVE).isEmpty() ? Text.blankToNull(first(fields, id)) : null;
            default -> fields.containsKey(id) ? first(fields, id) : null;
        };
    }

    /** Day, month and year as an ISO date for the answers' checks; anything else is passed on to fail them. */
    private static String date(Map<String, List<String>> fields, String id) {
        String day = first(fields, id + DAY).trim();
        String month = first(fields, id + MONTH).trim();
        String year = first(fields, id + YEAR).trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Text.blankToNull(first(fields, id));
        }
        return year + "-" + pad(month) + "-" + pad(day);
    }

    private static Object location(Map<String, List<String>> fields, String id, String uprn) {
        String description = first(fields, id).trim();
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            answer.put("lat", Double.parseDouble(first(fields, id + LAT)));
            answer.put("lon", Double.parseDouble(first(fields, id + LON)));
        } catch (NumberFormatException e) {
            answer.clear();
            if (uprn != null && !first(fields, id + AT_ADDRESS).isEmpty()) {
                answer.put("uprn", uprn);
            }
        }
        if (answer.isEmpty()) {
            return description.isEmpty() ? null : description;
        }
        if (!description.isEmpty()) {
            answer.put("description", description);
        }
        return answer;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
