package uk.tierless.forms;

import java.util.List;
import java.util.UUID;

/** A form version as other features and the API see it. */
public record FormView(UUID id, String council, String service, int version, List<Question> questions) {

    static FormView of(FormVersion form) {
        return new FormView(form.id, form.councilSlug, form.serviceCode, form.version, List.copyOf(form.questions));
    }
}
