package uk.tierless.open311;

import uk.tierless.forms.AnswerText;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question of a council's form as a GeoReport v2 attribute: {@code code} is the question's id, {@code description}
 * its label, {@code values} its options ({@code key} the value posted, {@code name} the words shown). Photo and
 * location questions are no attributes: the standard's {@code media_url}, and {@code lat}/{@code long},
 * {@code address_string} or {@code address_id}, answer them.
 */
public record Attribute(String code, String datatype, boolean required, String datatypeDescription, String description,
                        List<Question.Option> values) {

    public static final String STRING = "string";
    public static final String NUMBER = "number";
    public static final String DATETIME = "datetime";
    public static final String TEXT = "text";
    public static final String SINGLE_VALUE_LIST = "singlevaluelist";
    public static final String MULTI_VALUE_LIST = "multivaluelist";

    private static final Pattern PORTAL_DATE_EXAMPLE = Pattern.compile("\\s*For example, \\d{1,2} \\d{1,2} \\d{4}\\.?$");

    public Attribute {
        values = List.copyOf(values);
    }

    /**
     * The attribute a question is asked as, if any. A question asked only after a certain answer is never required
     * here, since a client cannot know beforehand whether it will be asked; its datatype_description says when.
     */
    public static Optional<Attribute> of(Question question) {
        String datatype = datatypeOf(question.type());
        if (datatype == null) {
            return Optional.empty();
        }
        List<Question.Option> values = question.type().hasOptions() || question.type() == QuestionType.YES_NO
                ? AnswerText.options(question) : List.of();
        return Optional.of(new Attribute(question.id(), datatype, question.isRequired() && question.showIf() == null,
                describe(question), question.label(), values));
    }

    /** Whether the attribute offers values to choose from. */
    public boolean isList() {
        return datatype.equals(SINGLE_VALUE_LIST) || datatype.equals(MULTI_VALUE_LIST);
    }

    private static String datatypeOf(QuestionType type) {
        return switch (type) {
            case TEXT, EMAIL, PHONE, MONEY -> STRING;
            case TEXTAREA -> TEXT;
            case NUMBER -> NUMBER;
            case DATE -> DATETIME;
            case RADIOS, SELECT, YES_NO -> SINGLE_VALUE_LIST;
            case CHECKBOXES -> MULTI_VALUE_LIST;
            case PHOTO, LOCATION -> null;
        };
    }

    /** The question's hint and what its answer must be, in words. */
    private static String describe(Question question) {
        List<String> words = new ArrayList<>();
        String hint = question.hint() == null ? "" : question.hint().trim();
        if (question.type() == QuestionType.DATE) {
            // Its example is in the portal's day, month and year boxes, not the YYYY-MM-DD an attribute takes.
            hint = PORTAL_DATE_EXAMPLE.matcher(hint).replaceAll("");
        }
        if (!hint.isEmpty()) {
            words.add(hint);
        }
        switch (question.type()) {
            case DATE -> words.add(Question.PAST.equals(question.when()) ? "A date before today, as YYYY-MM-DD."
                    : Question.FUTURE.equals(question.when()) ? "A date from today on, as YYYY-MM-DD." : "A date, as YYYY-MM-DD.");
            case NUMBER -> words.add(range(question));
            case EMAIL -> words.add("An email address.");
            case PHONE -> words.add("A phone number.");
            case MONEY -> words.add("An amount in pounds and pence, such as 25.00.");
            case CHECKBOXES -> words.add("One or more of the values' keys.");
            case RADIOS, SELECT, YES_NO -> words.add("One of the values' keys.");
            default -> {
                if (question.maxLength() != null) {
                    words.add("At most " + question.maxLength() + " characters.");
                }
            }
        }
        if (question.showIf() != null) {
            words.add("Answer only when " + question.showIf().question() + " is " + question.showIf().equals() + ".");
        }
        return String.join(" ", words);
    }

    private static String range(Question question) {
        if (question.min() != null && question.max() != null) {
            return "A number from " + plain(question.min()) + " to " + plain(question.max()) + ".";
        }
        if (question.min() != null) {
            return "A number of at least " + plain(question.min()) + ".";
        }
        return question.max() == null ? "A number." : "A number of at most " + plain(question.max()) + ".";
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
