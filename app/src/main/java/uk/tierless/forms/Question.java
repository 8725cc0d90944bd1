package uk.tierless.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One question of a form, as a council writes it in services.yaml and as a form version stores it. Constraints
 * apply to the types that have them: lengths and pattern to text, range to number, options to choice questions,
 * {@code when} ({@value #PAST} or {@value #FUTURE}; absent for any date) to dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, QuestionType type, String label, String hint, Boolean required, List<Option> options,
                       Integer minLength, Integer maxLength, String pattern, Double min, Double max, Boolean personal,
                       String when) {

    /** A date before today. */
    public static final String PAST = "past";
    /** A date today or later. */
    public static final String FUTURE = "future";

    public record Option(String value, String label) {
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean isPersonal() {
        return Boolean.TRUE.equals(personal);
    }

    public List<Option> optionsOrEmpty() {
        return options == null ? List.of() : options;
    }
}
