package uk.tierless.admin;

import uk.tierless.api.ApiError.FieldError;
import uk.tierless.forms.AnswerText;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.platform.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The form builder's page for one question: the question as fields to edit, and the fields posted back turned into a
 * question, every problem named by its field in words an administrator understands. What the form as a whole must
 * be (ids, conditions on earlier questions) is checked again when the draft is saved.
 */
final class QuestionForm {

    static final String LABEL = "label";
    static final String HINT = "hint";
    static final String ID = "id";
    static final String REQUIRED = "required";
    static final String PERSONAL = "personal";
    static final String MIN_LENGTH = "minLength";
    static final String MAX_LENGTH = "maxLength";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String PATTERN = "pattern";
    static final String EXAMPLE = "patternExample";
    static final String SHOW_IF = "showIf";
    static final String WHEN = "when";
    static final String ROWS = "rows";
    /** Blank option rows offered below the options there are: more come with "Add more options", without script. */
    static final int BLANK_ROWS = 2;
    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_TEXT = 10_000;

    /** An option row as the page shows it, numbered from 1, with what is wrong with either box. */
    record OptionRow(int number, String value, String label, String valueError, String labelError) {
    }

    /** A choice for "Ask this question": always, or when an earlier question has one of its answers. */
    record Condition(String value, String label, boolean selected) {
    }

    /** The question from the posted fields, or the problems that stop it being one. */
    record Parsed(Question question, List<FieldError> errors) {
    }

    private QuestionForm() {
    }

    /** A question's fields as the page's inputs hold them. */
    static Map<String, List<String>> fieldsOf(Question question) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        put(fields, ID, question.id());
        put(fields, LABEL, question.label());
        put(fields, HINT, question.hint());
        put(fields, REQUIRED, question.isRequired() ? "yes" : null);
        put(fields, PERSONAL, question.isPersonal() ? "yes" : null);
        put(fields, MIN_LENGTH, question.minLength() == null ? null : String.valueOf(question.minLength()));
        put(fields, MAX_LENGTH, question.maxLength() == null ? null : String.valueOf(question.maxLength()));
        put(fields, MIN, number(question.min()));
        put(fields, MAX, number(question.max()));
        put(fields, PATTERN, question.pattern());
        put(fields, WHEN, question.when());
        put(fields, SHOW_IF, question.showIf() == null ? null : question.showIf().question() + ":" + question.showIf().equals());
        List<Question.Option> options = question.optionsOrEmpty();
        for (int i = 0; i < options.size(); i++) {
            put(fields, "option-value-" + (i + 1), options.get(i).value());
            put(fields, "option-label-" + (i + 1), options.get(i).label());
        }
        put(fields, ROWS, String.valueOf(options.size() + BLANK_ROWS));
        return fields;
    }

    /** The option rows to show: those posted (or held), then at least the blank rows. */
    static List<OptionRow> optionRows(Map<String, List<String>> fields, Map<String, String> errors) {
        int rows = Math.max(BLANK_ROWS + 2, Math.min(100, whole(first(fields, ROWS), BLANK_ROWS + 2)));
        List<OptionRow> shown = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            shown.add(new OptionRow(row, first(fields, "option-value-" + row), first(fields, "option-label-" + row),
                    errors.get("option-value-" + row), errors.get("option-label-" + row)));
        }
        return shown;
    }

    /** "Always" and every answer of the earlier choice questions, the posted one selected. */
    static List<Condition> conditions(List<Question> earlier, String chosen) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("", "Always", chosen == null || chosen.isBlank()));
        for (Question question : earlier) {
            if (question.type() != null && (question.type().hasOptions() || question.type() == QuestionType.YES_NO)) {
                for (Question.Option option : AnswerText.options(question)) {
                    String value = question.id() + ":" + option.value();
                    conditions.add(new Condition(value, "Only when \u201c" + question.label() + "\u201d is \u201c"
                            + option.label() + "\u201d", value.equals(chosen)));
                }
            }
        }
        return conditions;
    }

    /**
     * The question the fields describe. {@code original} is the question edited (null for a new one), whose id and
     * type stay; {@code others} are the form's other questions, whose ids a new one must not take.
     */
    static Parsed parse(Map<String, List<String>> fields, QuestionType type, Question original, List<Question> others) {
        List<FieldError> errors = new ArrayList<>();
        String label = Text.blankToNull(first(fields, LABEL).trim());
        if (label == null) {
            errors.add(new FieldError(LABEL, "Enter the question"));
        } else if (label.length() > 500) {
            errors.add(new FieldError(LABEL, "The question must be 500 characters or fewer"));
        }
        String hint = Text.blankToNull(first(fields, HINT).trim());
        if (hint != null && hint.length() > 1000) {
            errors.add(new FieldError(HINT, "The hint must be 1000 characters or fewer"));
        }
        String id = original != null ? original.id() : newId(fields, label, others, errors);
        Integer minLength = null;
        Integer maxLength = null;
        String pattern = null;
        if (type == QuestionType.TEXT || type == QuestionType.TEXTAREA) {
            minLength = length(fields, MIN_LENGTH, "The fewest characters", errors);
            maxLength = length(fields, MAX_LENGTH, "The most characters", errors);
            if (minLength != null && maxLength != null && minLength > maxLength) {
                errors.add(new FieldError(MAX_LENGTH, "The most characters must be at least the fewest characters"));
            }
        }
        if (type == QuestionType.TEXT) {
            pattern = pattern(fields, original, errors);
        }
        Double min = null;
        Double max = null;
        if (type == QuestionType.NUMBER) {
            min = decimal(fields, MIN, "The smallest number", errors);
            max = decimal(fields, MAX, "The largest number", errors);
            if (min != null && max != null && min > max) {
                errors.add(new FieldError(MAX, "The largest number must be at least the smallest number"));
            }
        }
        String when = type == QuestionType.DATE ? Text.blankToNull(first(fields, WHEN)) : null;
        if (when != null && !Set.of(Question.PAST, Question.FUTURE).contains(when)) {
            errors.add(new FieldError(WHEN, "Select which dates are allowed"));
        }
        List<Question.Option> options = type.hasOptions() ? options(fields, errors) : null;
        Question question = new Question(id, type, label, hint, !first(fields, REQUIRED).isEmpty(), options, minLength,
                maxLength, pattern, min, max, !first(fields, PERSONAL).isEmpty(), when, showIf(first(fields, SHOW_IF)));
        return new Parsed(question, errors);
    }

    /** A new question's id: the one given, or one made from its words, unused by the other questions. */
    private static String newId(Map<String, List<String>> fields, String label, List<Question> others,
                                List<FieldError> errors) {
        Set<String> taken = new java.util.HashSet<>(others.stream().map(Question::id).filter(Objects::nonNull).toList());
        String given = first(fields, ID).trim();
        if (!given.isEmpty()) {
            if (!ID_PATTERN.matcher(given).matches() || given.length() > 60) {
                errors.add(new FieldError(ID, "The answer's name must be lower-case words joined by hyphens, such as bin-type"));
            } else if (taken.contains(given)) {
                errors.add(new FieldError(ID, "Another question of this form is named " + given + ": choose another name"));
            }
            return given;
        }
        String words = label == null ? "question" : label.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String base = words.isEmpty() ? "question" : words.substring(0, Math.min(40, words.length())).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The pattern, checked to compile and to match an example; a pattern kept as it was needs no example again. */
    private static String pattern(Map<String, List<String>> fields, Question original, List<FieldError> errors) {
        String pattern = Text.blankToNull(first(fields, PATTERN).trim());
        if (pattern == null) {
            return null;
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            String example = first(fields, EXAMPLE).trim();
            boolean unchanged = original != null && pattern.equals(original.pattern());
            if (example.isEmpty() && !unchanged) {
                errors.add(new FieldError(EXAMPLE, "Enter an example answer that matches the pattern"));
            } else if (!example.isEmpty() && !compiled.matcher(example).matches()) {
                errors.add(new FieldError(EXAMPLE, "The example does not match the pattern: change one of them"));
            }
        } catch (PatternSyntaxException e) {
            errors.add(new FieldError(PATTERN, "The pattern is not a valid regular expression: " + e.getDescription()));
        }
        return pattern;
    }

    /** The options of the rows filled in: a label is needed, a value is made from the label when left blank. */
    private static List<Question.Option> options(Map<String, List<String>> fields, List<FieldError> errors) {
        int rows = Math.min(100, whole(first(fields, ROWS), BLANK_ROWS + 2));
        List<Question.Option> options = new ArrayList<>();
        Map<String, Integer> rowOfValue = new HashMap<>();
        for (int row = 1; row <= rows; row++) {
            String value = first(fields, "option-value-" + row).trim();
            String label = first(fields, "option-label-" + row).trim();
            if (value.isEmpty() && label.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                errors.add(new FieldError("option-label-" + row, "Enter the words residents see for option " + row));
            }
            if (value.isEmpty()) {
                value = label.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            }
            Integer earlier = rowOfValue.putIfAbsent(value, row);
            if (earlier != null) {
                errors.add(new FieldError("option-value-" + row, "Option " + row + " is stored as " + value
                        + ", as option " + earlier + " is: give each option a different value"));
            }
            options.add(new Question.Option(value, label));
        }
        if (options.size() < 2) {
            errors.add(new FieldError("option-label-1", "Give at least two options"));
        }
        return options;
    }

    private static Question.ShowIf showIf(String chosen) {
        int colon = chosen.indexOf(':');
        return colon < 1 ? null : new Question.ShowIf(chosen.substring(0, colon), chosen.substring(colon + 1));
    }

    private static Integer length(Map<String, List<String>> fields, String field, String name, List<FieldError> errors) {
        String text = first(fields, field).trim();
        if (text.isEmpty()) {
            return null;
        }
        int value = whole(text, -1);
        if (value < 1 || value > MAX_TEXT) {
            errors.add(new FieldError(field, name + " must be a whole number from 1 to " + MAX_TEXT));
            return null;
        }
        return value;
    }

    private static Double decimal(Map<String, List<String>> fields, String field, String name, List<FieldError> errors) {
        String text = first(fields, field).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Said below.
        }
        errors.add(new FieldError(field, name + " must be a number, like 10 or 2.5"));
        return null;
    }

    private static int whole(String text, int otherwise) {
        try {
            return text.trim().matches("\\d{1,6}") ? Integer.parseInt(text.trim()) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String number(Double value) {
        return value == null ? null : value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static void put(Map<String, List<String>> fields, String name, String value) {
        if (value != null) {
            fields.put(name, List.of(value));
        }
    }

    static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
