package uk.tierless.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A form as written in services.yaml: its questions, checked before anything is stored. */
public record FormDefinition(List<Question> questions) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Every problem with the form, each as {@code field: message} relative to the form, for the file's report. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<Question> list = questions == null ? List.of() : questions;
        if (list.isEmpty()) {
            problems.add("questions: a form has at least one question");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Question question = list.get(i);
            String field = "questions[" + i + "]";
            if (question.id() == null || !ID.matcher(question.id()).matches()) {
                problems.add(field + ".id: lower-case words joined by hyphens, such as bin-type");
            } else if (!ids.add(question.id())) {
                problems.add(field + ".id: '" + question.id() + "' is used twice");
            }
            if (question.type() == null) {
                problems.add(field + ".type: is missing");
                continue;
            }
            if (question.label() == null || question.label().isBlank()) {
                problems.add(field + ".label: is missing");
            }
            QuestionType type = question.type();
            if (type.hasOptions() && question.optionsOrEmpty().size() < 2) {
                problems.add(field + ".options: a " + type.code() + " question offers at least two options");
            }
            if (!type.hasOptions() && question.options() != null) {
                problems.add(field + ".options: only radios, checkboxes and select have options");
            }
            if (question.optionsOrEmpty().stream().anyMatch(o -> o.value() == null || o.label() == null)) {
                problems.add(field + ".options: every option has a value and a label");
            }
            if ((question.minLength() != null || question.maxLength() != null)
                    && type != QuestionType.TEXT && type != QuestionType.TEXTAREA) {
                problems.add(field + ": minLength and maxLength are for text and textarea questions");
            }
            if ((question.min() != null || question.max() != null) && type != QuestionType.NUMBER) {
                problems.add(field + ": min and max are for number questions");
            }
            if (question.when() != null && type != QuestionType.DATE) {
                problems.add(field + ".when: is for date questions");
            } else if (question.when() != null && !question.when().equals(Question.PAST)
                    && !question.when().equals(Question.FUTURE)) {
                problems.add(field + ".when: past or future (leave it out for any date)");
            }
            if (question.pattern() != null) {
                if (type != QuestionType.TEXT) {
                    problems.add(field + ".pattern: is for text questions");
                } else {
                    try {
                        Pattern.compile(question.pattern());
                    } catch (PatternSyntaxException e) {
                        problems.add(field + ".pattern: is not a valid pattern");
                    }
                }
            }
        }
        return problems;
    }
}
