package uk.tierless.forms;

import uk.tierless.platform.Money;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages for a wrong or missing answer, in the GOV.UK style, built from the question's type and label: "Select
 * which bin was missed", "Enter the date it should have been collected", "Select yes or no". The API and the pages
 * give the same ones, because both check answers with {@link Answers}. Public for a money answer's bounds, which a
 * service's payment sets (catalogue's Charges).
 */
public final class AnswerMessages {

    /** "how big is it" reads "how big it is" after "Select"; "when should it have been" reads "it should have been". */
    private static final Pattern INVERTED = Pattern.compile(
            "^(how \\w+|what|when|where|which \\w+|who|why) (is|are|was|were|should|will|would|can|could) "
                    + "(it|they|this|there|you|we|the \\w+)\\b(.*)$");

    private AnswerMessages() {
    }

    /** No answer to a required question. */
    static String missing(Question question) {
        return switch (question.type()) {
            case RADIOS, SELECT, CHECKBOXES -> "Select " + phrase(question.label());
            case YES_NO -> "Select yes or no";
            case DATE -> "Enter " + date(question.label());
            case PHOTO -> "Select a photo";
            case LOCATION -> "Describe " + phrase(question.label()) + ", or put a pin on the map";
            default -> "Enter " + phrase(question.label());
        };
    }

    /** An answer that is not one of the options (and not yes or no). */
    static String notAnOption(Question question) {
        return question.type() == QuestionType.YES_NO ? "Select yes or no" : "Select " + phrase(question.label());
    }

    static String notARealDate(Question question) {
        return capitalised(date(question.label())) + " must be a real date";
    }

    static String notInThePast(Question question) {
        return capitalised(date(question.label())) + " must be in the past";
    }

    static String notTodayOrLater(Question question) {
        return capitalised(date(question.label())) + " must be today or in the future";
    }

    static String tooShort(Question question) {
        return name(question) + " must be " + question.minLength() + " characters or more";
    }

    static String tooLong(Question question) {
        return name(question) + " must be " + question.maxLength() + " characters or fewer";
    }

    static String wrongFormat(Question question) {
        return "Enter " + phrase(question.label()) + " in the correct format";
    }

    static String notANumber(Question question) {
        return name(question) + " must be a number";
    }

    static String outOfRange(Question question, String min, String max) {
        return name(question) + " must be between " + min + " and " + max;
    }

    /** An answer to a money question that is not pounds and pence. */
    public static String notAnAmount() {
        return "Enter an amount in pounds and pence, like 25.00";
    }

    /** An amount under the least allowed, in pence. */
    public static String lessThan(long minimum) {
        return "Enter an amount of at least " + Money.format(minimum);
    }

    /** An amount over the most allowed, in pence. */
    public static String moreThan(long maximum) {
        return "Enter an amount no more than " + Money.format(maximum);
    }

    static String notText(Question question) {
        return name(question) + " must be text";
    }

    /** The label as words inside a sentence: "Which bin was missed?" becomes "which bin was missed". */
    public static String phrase(String label) {
        String phrase = words(label);
        Matcher question = INVERTED.matcher(phrase);
        return question.matches() ? question.group(1) + " " + question.group(3) + " " + question.group(2) + question.group(4)
                : phrase;
    }

    /** The label without its question mark, lower case but for an acronym at its start. */
    private static String words(String label) {
        String words = label.trim().replaceAll("[?.:]+$", "");
        boolean acronym = words.length() > 1 && Character.isUpperCase(words.charAt(1));
        return acronym || words.isEmpty() ? words : words.substring(0, 1).toLowerCase(Locale.UK) + words.substring(1);
    }

    /** What a date question asks for: "When should it have been collected?" is "the date it should have been collected". */
    private static String date(String label) {
        String phrase = phrase(label);
        if (!phrase.startsWith("when ")) {
            return phrase;
        }
        // Only a question turned round reads on after "the date"; "when did you see it" does not.
        return INVERTED.matcher(words(label)).matches() ? "the date " + phrase.substring("when ".length()) : "the date";
    }

    /** The answer's name at the start of a sentence: the label, or "Your answer" when the label is a question. */
    private static String name(Question question) {
        return question.label().trim().endsWith("?") ? "Your answer" : capitalised(phrase(question.label()));
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }
}
