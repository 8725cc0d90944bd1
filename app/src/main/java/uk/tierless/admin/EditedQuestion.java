package uk.tierless.admin;

import uk.tierless.forms.QuestionType;

import java.util.Map;

/** The question on its page: new or not, its type and what that type asks for, the fields as posted or held. */
public record EditedQuestion(String originalId, QuestionType type, String typeName, int revision,
                             Map<String, String> fields) {

    public boolean isNew() {
        return originalId == null;
    }

    public boolean hasOptions() {
        return type.hasOptions();
    }

    public boolean hasLengths() {
        return type == QuestionType.TEXT || type == QuestionType.TEXTAREA;
    }

    public boolean hasPattern() {
        return type == QuestionType.TEXT;
    }

    public boolean hasRange() {
        return type == QuestionType.NUMBER;
    }

    public boolean isDate() {
        return type == QuestionType.DATE;
    }

    /** The type in an administrator's words. */
    static String typeName(QuestionType type) {
        return switch (type) {
            case TEXT -> "Text, one line";
            case TEXTAREA -> "Text, several lines";
            case NUMBER -> "Number";
            case MONEY -> "Amount of money, in pounds";
            case EMAIL -> "Email address";
            case PHONE -> "Phone number";
            case DATE -> "Date";
            case RADIOS -> "Choose one (radios)";
            case CHECKBOXES -> "Choose any (checkboxes)";
            case SELECT -> "Choose one from a list";
            case YES_NO -> "Yes or no";
            case PHOTO -> "Photo";
            case LOCATION -> "Place, on a map or in words";
        };
    }
}
