package uk.tierless.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        Map<String, Question> earlier = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Question question = list.get(i);
            String field = "questions[" + i + "]";
            if (question.showIf() != null) {
                showIfProblem(question.showIf(), earlier).ifPresent(problem -> problems.add(field + ".showIf." + problem));
            }
            if (question.id() != null) {
                earlier.putIfAbsent(question.id(), question);
            }
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

    /**
     * What is wrong with a condition, as {@code field: message} under {@code showIf}: it must name an earlier radios,
     * select, yes/no or checkboxes question, and one of that question's values.
     */
    private static Optional<String> showIfProblem(Question.ShowIf showIf, Map<String, Question> earlier) {
        if (showIf.question() == null || showIf.question().isBlank()) {
            return Optional.of("question: is missing: the id of an earlier question");
        }
        Question depended = earlier.get(showIf.question());
        if (depended == null) {
            return Optional.of("question: '" + showIf.question() + "' is not an earlier question of this form");
        }
        if (depended.type() == null || !depended.type().hasOptions() && depended.type() != QuestionType.YES_NO) {
            return Optional.of("question: '" + showIf.question() + "' is not a radios, select, checkboxes or yes_no question");
        }
        List<String> values = AnswerText.options(depended).stream().map(Question.Option::value).filter(Objects::nonNull).toList();
        if (showIf.equals() == null || showIf.equals().isBlank()) {
            return Optional.of("equals: is missing: one of " + String.join(", ", values));
        }
        if (!values.contains(showIf.equals())) {
            return Optional.of("equals: '" + showIf.equals() + "' is not a value of '" + showIf.question() + "': use one of "
                    + String.join(", ", values));
        }
        return Optional.empty();
    }
}
