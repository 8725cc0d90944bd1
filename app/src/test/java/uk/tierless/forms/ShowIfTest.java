package uk.tierless.forms;

import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Conditional questions: asked only when an earlier answer says so, checked when the form is written. */
class ShowIfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<Question.Option> BINS = List.of(new Question.Option("general", "General waste"),
            new Question.Option("garden", "Garden waste"));

    private static final Question BIN = question("bin", QuestionType.RADIOS, BINS, null);
    private static final Question SUBSCRIBED = question("subscribed", QuestionType.YES_NO, null, new Question.ShowIf("bin", "garden"));
    private static final Question NUMBER = question("subscription", QuestionType.TEXT, null, new Question.ShowIf("subscribed", "yes"));
    private static final List<Question> FORM = List.of(BIN, SUBSCRIBED, NUMBER);

    @Test
    void aHiddenQuestionIsNotRequiredAndWhatWasSentForItIsDropped() {
        Answers.Checked checked = Answers.check(FORM, Map.of("bin", "general", "subscribed", "yes",
                "subscription", "GW-1234"), TODAY);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.facts()).containsExactly(Map.entry("bin", "general"));
    }

    @Test
    void aShownQuestionIsCheckedAsAnyOtherAndAQuestionDependingOnAHiddenOneIsHiddenToo() {
        assertThat(Answers.check(FORM, Map.of("bin", "garden"), TODAY).errors()).extracting(FieldError::field)
                .containsExactly("subscribed");
        assertThat(Answers.check(FORM, Map.of("bin", "garden", "subscribed", true), TODAY).errors())
                .extracting(FieldError::field).containsExactly("subscription");
        assertThat(Answers.check(FORM, Map.of("bin", "garden", "subscribed", "no", "subscription", "GW-1"), TODAY)
                .facts()).containsOnlyKeys("bin", "subscribed");
        assertThat(Answers.check(FORM, Map.of("bin", "garden", "subscribed", "yes", "subscription", "GW-1"), TODAY)
                .facts()).containsOnlyKeys("bin", "subscribed", "subscription");
        // An invalid answer to the question depended on asks nothing more until it is put right.
        assertThat(Answers.check(FORM, Map.of("bin", "purple", "subscribed", "yes"), TODAY).errors())
                .extracting(FieldError::field).containsExactly("bin");
    }

    @Test
    void aCheckboxesConditionShowsTheQuestionWhenItsValueIsAmongThoseTicked() {
        Question bins = question("bins", QuestionType.CHECKBOXES, BINS, null);
        Question garden = question("garden-number", QuestionType.TEXT, null, new Question.ShowIf("bins", "garden"));

        assertThat(Answers.asked(List.of(bins, garden), Map.of("bins", List.of("general", "garden")))).contains(garden);
        assertThat(Answers.asked(List.of(bins, garden), Map.of("bins", List.of("general")))).doesNotContain(garden);
        assertThat(Answers.asked(List.of(bins, garden), Map.of())).containsExactly(bins);
    }

    @Test
    void aConditionNamesAnEarlierChoiceQuestionAndOneOfItsValues() {
        Question text = question("what", QuestionType.TEXT, null, null);
        List<Question> form = List.of(
                question("first", QuestionType.TEXT, null, new Question.ShowIf("later", "yes")),
                text, BIN,
                question("on-text", QuestionType.TEXT, null, new Question.ShowIf("what", "x")),
                question("not-a-value", QuestionType.TEXT, null, new Question.ShowIf("bin", "blue")),
                question("not-yes-or-no", QuestionType.TEXT, null, new Question.ShowIf("later", "maybe")),
                question("later", QuestionType.YES_NO, null, null),
                question("no-value", QuestionType.TEXT, null, new Question.ShowIf("later", null)),
                question("no-question", QuestionType.TEXT, null, new Question.ShowIf(" ", "yes")),
                question("maybe", QuestionType.TEXT, null, new Question.ShowIf("later", "maybe")),
                question("fine", QuestionType.TEXT, null, new Question.ShowIf("later", "no")));

        assertThat(new FormDefinition(form).problems()).containsExactly(
                "questions[0].showIf.question: 'later' is not an earlier question of this form",
                "questions[3].showIf.question: 'what' is not a radios, select, checkboxes or yes_no question",
                "questions[4].showIf.equals: 'blue' is not a value of 'bin': use one of general, garden",
                "questions[5].showIf.question: 'later' is not an earlier question of this form",
                "questions[7].showIf.equals: is missing: one of yes, no",
                "questions[8].showIf.question: is missing: the id of an earlier question",
                "questions[9].showIf.equals: 'maybe' is not a value of 'later': use one of yes, no");
    }

    private static Question question(String id, QuestionType type, List<Question.Option> options, Question.ShowIf showIf) {
        return new Question(id, type, "Question " + id, null, true, options, null, null, null, null, null, null, null,
                showIf);
    }
}
