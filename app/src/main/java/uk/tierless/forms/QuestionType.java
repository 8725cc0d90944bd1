package uk.tierless.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of question a council's form can ask. {@code money} is an amount in pounds and pence, kept as whole
 * pence; a paid service's payment section may take it as the amount to pay (catalogue's Charges).
 */
public enum QuestionType {
    TEXT, TEXTAREA, NUMBER, MONEY, EMAIL, PHONE, DATE, RADIOS, CHECKBOXES, SELECT, YES_NO, PHOTO, LOCATION;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }

    @JsonCreator
    static QuestionType fromCode(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a question type: use one of "
                + Arrays.stream(values()).map(QuestionType::code).collect(Collectors.joining(", "))));
    }

    /** Radios, checkboxes and select offer options. */
    public boolean hasOptions() {
        return this == RADIOS || this == CHECKBOXES || this == SELECT;
    }
}
