package uk.tierless.admin;

import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError.FieldError;
import uk.tierless.api.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's refusal ({@link uk.tierless.publishing.ServiceDrafts#save}) as the form builder's pages show it: a stale
 * revision as the message naming who changed the service and when, each problem with a field under the page's name
 * for that field. Any other refusal is passed on.
 */
final class DraftRefusals {

    private static final Pattern QUESTION_FIELD = Pattern.compile("^form\\.questions\\[(\\d+)]\\.?(.*)$");

    private DraftRefusals() {
    }

    /** The draft's refusal on the question's page: its fields by the page's names, a conflict as the revision's. */
    static List<FieldError> onQuestion(ApiException refused, int index) {
        if (refused.status() == Response.Status.CONFLICT) {
            return List.of(new FieldError("revision", refused.getMessage()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (FieldError detail : details(refused)) {
            Matcher field = QUESTION_FIELD.matcher(detail.field() == null ? "" : detail.field());
            if (field.matches() && Integer.parseInt(field.group(1)) == index) {
                String name = field.group(2).isEmpty() ? QuestionForm.LABEL : field.group(2).replaceAll("[.\\[].*$", "");
                name = name.equals("options") ? "option-label-1" : name;
                errors.add(new FieldError(name, detail.message()));
            } else {
                errors.add(new FieldError(QuestionForm.LABEL, detail.field() + ": " + detail.message()));
            }
        }
        return errors;
    }

    /** The draft's refusal on the list: each problem under the question it is about. */
    static List<FieldError> onList(ApiException refused) {
        if (refused.status() == Response.Status.CONFLICT) {
            return List.of(new FieldError("questions", refused.getMessage()));
        }
        return details(refused).stream().map(detail -> {
            Matcher field = QUESTION_FIELD.matcher(detail.field() == null ? "" : detail.field());
            return field.matches()
                    ? new FieldError("questions", "Question " + (Integer.parseInt(field.group(1)) + 1) + ": "
                    + readable(field.group(2), detail.message()))
                    : new FieldError("questions", detail.message());
        }).toList();
    }

    private static String readable(String field, String message) {
        return field.startsWith("showIf") ? "it is asked only for an earlier answer (" + message
                + "): a question must come after the question it depends on" : field + " " + message;
    }

    private static List<FieldError> details(ApiException refused) {
        List<FieldError> details = refused.toError().details();
        if (details == null || details.isEmpty()) {
            throw refused;
        }
        return details;
    }
}
