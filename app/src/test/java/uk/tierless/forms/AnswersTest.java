package uk.tierless.forms;

import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident's answers checked question by question: every problem named by its question, the rest normalised. */
class AnswersTest {

    private static final Question WHAT = new Question("what", QuestionType.TEXT, "What is wrong", null, true, null,
            5, 20, null, null, null, null, null, null);
    private static final Question EMAIL = new Question("email", QuestionType.EMAIL, "Email address", null, false, null,
            null, null, null, null, null, true, null, null);
    private static final Question BAGS = new Question("bags", QuestionType.NUMBER, "Number of bags", null, false, null,
            null, null, null, 1.0, 10.0, null, null, null);
    private static final Question BIN = new Question("bin", QuestionType.CHECKBOXES, "Which bins", null, false,
            List.of(new Question.Option("green", "Green"), new Question.Option("blue", "Blue")),
            null, null, null, null, null, null, null, null);
    private static final Question BLOCKING = new Question("blocking", QuestionType.YES_NO, "Is it blocking the road",
            null, false, null, null, null, null, null, null, null, null, null);
    private static final Question SEEN = new Question("seen", QuestionType.DATE, "When did you see it", null, false,
            null, null, null, null, null, null, null, null, null);
    private static final Question WHERE = new Question("where", QuestionType.LOCATION, "Where is it", null, false,
            null, null, null, null, null, null, null, null, null);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final List<Question> FORM = List.of(WHAT, EMAIL, BAGS, BIN, BLOCKING, SEEN, WHERE);

    @Test
    void goodAnswersAreKeptNormalisedWithThePersonalOnesApart() {
        Answers.Checked checked = check(FORM, Map.of("what", "  Bags dumped  ", "email", " pat@example.com ",
                "bags", "3", "bin", List.of("green", "blue"), "blocking", true, "seen", "2026-11-30",
                "where", Map.of("lat", 52.63, "lon", -1.69)));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.facts()).containsExactly(Map.entry("what", "Bags dumped"), Map.entry("bags", 3L),
                Map.entry("bin", List.of("green", "blue")), Map.entry("blocking", "yes"),
                Map.entry("seen", "2026-11-30"), Map.entry("where", Map.of("lat", 52.63, "lon", -1.69)));
        assertThat(checked.personal()).containsExactly(Map.entry("email", "pat@example.com"));
    }

    @Test
    void everyProblemIsNamedByItsQuestionAtOnce() {
        Answers.Checked checked = check(FORM, Map.of("colour", "red", "email", "not an address",
                "bags", "11", "bin", List.of("purple"), "blocking", "maybe", "seen", "2026-02-30",
                "where", Map.of("lat", 40.0, "lon", -1.0)));

        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).containsExactly(
                new FieldError("colour", "colour is not a question of this form"),
                new FieldError("what", "Enter what is wrong"),
                new FieldError("email", "Enter an email address in the correct format, like name@example.com"),
                new FieldError("bags", "Number of bags must be between 1 and 10"),
                new FieldError("bin", "Select which bins"),
                new FieldError("blocking", "Select yes or no"),
                new FieldError("seen", "The date must be a real date"),
                new FieldError("where", "Put the pin in Great Britain"));
        assertThat(checked.facts()).isEmpty();
        assertThat(checked.personal()).isEmpty();
    }

    @Test
    void textMustFitItsLengths() {
        assertThat(check(List.of(WHAT), Map.of("what", "Bag")).errors())
                .containsExactly(new FieldError("what", "What is wrong must be 5 characters or more"));
        assertThat(check(List.of(WHAT), Map.of("what", "x".repeat(21))).errors())
                .containsExactly(new FieldError("what", "What is wrong must be 20 characters or fewer"));
    }

    @Test
    void aBlankOrMissingAnswerToAnOptionalQuestionIsLeftOut() {
        Answers.Checked checked = check(FORM, Map.of("what", "Bags dumped", "email", "  ", "bin", List.of()));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.facts()).containsOnlyKeys("what");
        assertThat(checked.personal()).isEmpty();
    }

    @Test
    void aPlaceIsAnAddressAPointOrWordsSayingWhere() {
        assertThat(check(List.of(WHERE), Map.of("where", Map.of("uprn", 100031234567L))).facts())
                .containsEntry("where", Map.of("uprn", "100031234567"));
        assertThat(check(List.of(WHERE), Map.of("where", " by the church gate ")).facts())
                .containsEntry("where", Map.of("description", "by the church gate"));
        assertThat(check(List.of(WHERE), Map.of("where", "x")).errors())
                .containsExactly(new FieldError("where", "Describe where it is, or put a pin on the map"));
    }

    @Test
    void numbersKeepTheirFractionsAndWholeOnesBecomeWhole() {
        assertThat(check(List.of(BAGS), Map.of("bags", 2.5)).facts()).containsEntry("bags", 2.5);
        assertThat(check(List.of(BAGS), Map.of("bags", "4.0")).facts()).containsEntry("bags", 4L);
        assertThat(check(List.of(BAGS), Map.of("bags", "four")).errors())
                .containsExactly(new FieldError("bags", "Number of bags must be a number"));
    }

    @Test
    void emailAndPhoneChecksAcceptWhatPeopleTypeAndRejectTheRest() {
        assertThat(Answers.isEmail(" pat@example.co.uk ")).isTrue();
        assertThat(Answers.isEmail("pat@example")).isFalse();
        assertThat(Answers.isEmail(null)).isFalse();
        assertThat(Answers.isPhone("01827 709709")).isTrue();
        assertThat(Answers.isPhone("+44 (0)1827 709709")).isTrue();
        assertThat(Answers.isPhone("709709")).isFalse();
    }

    @Test
    void aMissingAnswerIsAskedForInTheWordsOfItsQuestionType() {
        List<Question> form = List.of(
                required("bin-type", QuestionType.RADIOS, "Which bin was missed?"),
                required("size", QuestionType.SELECT, "How big is it?"),
                required("reason", QuestionType.CHECKBOXES, "Why can you not take your bins out yourself?"),
                required("collection-date", QuestionType.DATE, "When should it have been collected?"),
                required("bin-out", QuestionType.YES_NO, "Was your bin out by 7am on collection day?"),
                required("details", QuestionType.TEXTAREA, "What is wrong"),
                required("bags", QuestionType.NUMBER, "Number of bags"),
                required("photo", QuestionType.PHOTO, "Add a photo"),
                required("location", QuestionType.LOCATION, "Where is the pothole?"));

        assertThat(check(form, Map.of()).errors()).extracting(FieldError::message).containsExactly(
                "Select which bin was missed",
                "Select how big it is",
                "Select why you can not take your bins out yourself",
                "Enter the date it should have been collected",
                "Select yes or no",
                "Enter what is wrong",
                "Enter number of bags",
                "Select a photo",
                "Describe where the pothole is, or put a pin on the map");
    }

    @Test
    void aWrongAnswerSaysWhatIsWrongWithoutRepeatingTheQuestion() {
        Question date = required("collection-date", QuestionType.DATE, "When should it have been collected?");
        Question details = new Question("details", QuestionType.TEXTAREA, "Is there anything else we should know?", null,
                false, null, null, 5, null, null, null, null, null, null);
        assertThat(check(List.of(date, details), Map.of("collection-date", "2026-02-30", "details", "Far too long"))
                .errors()).extracting(FieldError::message).containsExactly(
                "The date it should have been collected must be a real date",
                "Your answer must be 5 characters or fewer");
    }

    @Test
    void aDateQuestionCanAskForThePastOrForTodayOrLater() {
        Question collected = new Question("collection-date", QuestionType.DATE, "When should it have been collected?",
                null, true, null, null, null, null, null, null, null, Question.PAST, null);
        Question until = new Question("end-date", QuestionType.DATE, "When will you stop needing it?", null, false,
                null, null, null, null, null, null, null, Question.FUTURE, null);
        List<Question> form = List.of(collected, until);

        assertThat(check(form, Map.of("collection-date", TODAY.toString(), "end-date", TODAY.minusDays(1).toString()))
                .errors()).extracting(FieldError::message).containsExactly(
                "The date it should have been collected must be in the past",
                "The date you will stop needing it must be today or in the future");
        assertThat(check(form, Map.of("collection-date", TODAY.minusDays(1).toString(), "end-date", TODAY.toString()))
                .valid()).isTrue();
        assertThat(check(List.of(SEEN), Map.of("seen", TODAY.plusYears(1).toString())).valid())
                .as("without when, any real date").isTrue();
    }

    @Test
    void whenIsPastOrFutureAndOnlyForDates() {
        Question soon = new Question("moved", QuestionType.DATE, "When did you move?", null, false, null, null, null,
                null, null, null, null, "soon", null);
        Question text = new Question("what", QuestionType.TEXT, "What is wrong", null, false, null, null, null, null,
                null, null, null, Question.PAST, null);
        assertThat(new FormDefinition(List.of(soon, text)).problems()).containsExactly(
                "questions[0].when: past or future (leave it out for any date)",
                "questions[1].when: is for date questions");
    }

    private static Question required(String id, QuestionType type, String label) {
        List<Question.Option> options = type.hasOptions() ? List.of(new Question.Option("a", "A")) : null;
        return new Question(id, type, label, null, true, options, null, null, null, null, null, null, null, null);
    }

    private static Answers.Checked check(List<Question> questions, Map<String, Object> answers) {
        return Answers.check(questions, answers, TODAY);
    }

    private static final Question AMOUNT = new Question("amount", QuestionType.MONEY, "How much would you like to pay?",
            null, true, null, null, null, null, null, null, null, null, null);

    @Test
    void moneyIsKeptAsWholePenceParsedFromThePoundsTyped() {
        assertThat(check(List.of(AMOUNT), Map.of("amount", " £1,250.5 ")).facts()).containsExactly(Map.entry("amount", 125050L));
        assertThat(check(List.of(AMOUNT), Map.of("amount", "0.5")).facts()).containsExactly(Map.entry("amount", 50L));
        assertThat(check(List.of(AMOUNT), Map.of("amount", 2500)).facts())
                .as("an API client may send whole pence").containsExactly(Map.entry("amount", 2500L));
    }

    @Test
    void moneyThatIsNotPoundsAndPenceIsRefusedInWords() {
        FieldError notAnAmount = new FieldError("amount", "Enter an amount in pounds and pence, like 25.00");
        for (Object typed : List.of("1.005", "-1", "£", "1e3", "12,50", "25p", -5, 25.5, List.of("1"))) {
            assertThat(check(List.of(AMOUNT), Map.of("amount", typed)).errors()).as("%s", typed).containsExactly(notAnAmount);
        }
        assertThat(check(List.of(AMOUNT), Map.of("amount", "100000000000")).errors()).containsExactly(
                new FieldError("amount", "Enter an amount no more than £99,999,999,999.99"));
        assertThat(check(List.of(AMOUNT), Map.of("amount", "  ")).errors()).containsExactly(
                new FieldError("amount", "Enter how much you would like to pay"));
    }

    @Test
    void moneyIsWrittenInPoundsWithTwoDecimals() {
        assertThat(AnswerText.of(AMOUNT, 125050L)).isEqualTo("£1,250.50");
        assertThat(AnswerText.of(AMOUNT, "25")).as("as typed, on check your answers").isEqualTo("£25.00");
        assertThat(AnswerText.of(AMOUNT, "lots")).isEqualTo("lots");
    }
}
