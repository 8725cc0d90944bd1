package uk.tierless.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One question of a form, as a council writes it in services.yaml and as a form version stores it. Constraints
 * apply to the types that have them: lengths and pattern to text, range to number, options to choice questions,
 * {@code when} ({@value #PAST} or {@value #FUTURE}; absent for any date) to dates. A question with {@code showIf} is
 * asked only when an earlier choice question was answered with that value ({@link FormDefinition} checks it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, QuestionType type, String label, String hint, Boolean required, List<Option> options,
                       Integer minLength, Integer maxLength, String pattern, Double min, Double max, Boolean personal,
                       String when, ShowIf showIf) {

    /** A date before today. */
    public static final String PAST = "past";
    /** A date today or later. */
    public static final String FUTURE = "future";

    public record Option(String value, String label) {
    }

    /** Asked only when the earlier question {@code question} was answered {@code equals} (for checkboxes: ticked). */
    public record ShowIf(String question, String equals) {

        /** Whether that earlier question's answer (as posted, or as checked and stored) shows this one. */
        boolean matches(Object answer) {
            if (answer instanceof Collection<?> ticked) {
                return ticked.stream().anyMatch(value -> String.valueOf(value).trim().equals(equals));
            }
            if (answer instanceof Boolean yes) {
                return (yes ? "yes" : "no").equals(equals);
            }
            return answer != null && String.valueOf(answer).trim().equals(equals);
        }
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean isPersonal() {
        return Boolean.TRUE.equals(personal);
    }

    /**
     * Whether the question is asked, given the answers to the questions before it that were asked: those of hidden
     * questions must not be among them, so that a question depending on a hidden one is hidden too.
     */
    public boolean askedGiven(Map<String, ?> earlierAnswers) {
        return showIf == null || showIf.matches(earlierAnswers.get(showIf.question()));
    }

    public List<Option> optionsOrEmpty() {
        return options == null ? List.of() : options;
    }
}
