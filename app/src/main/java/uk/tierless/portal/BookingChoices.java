package uk.tierless.portal;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashMap;
import java.util.Map;

/**
 * What a resident chose on the form journey's booking step, as {@code POST /api/v1/requests} carries it: the posted
 * {@code slot} as {@code appointment: {slot}}, the posted {@code class} as {@code class: {id}}.
 */
final class BookingChoices {

    static final String SLOT = "slot";
    static final String CLASS = "class";

    private BookingChoices() {
    }

    static Map<String, Object> from(MultivaluedMap<String, String> posted) {
        Map<String, Object> choices = new HashMap<>();
        String slot = posted.getFirst(SLOT);
        if (slot != null && !slot.isBlank()) {
            choices.put("appointment", Map.of("slot", slot));
        }
        String chosenClass = posted.getFirst(CLASS);
        if (chosenClass != null && !chosenClass.isBlank()) {
            choices.put("class", Map.of("id", chosenClass));
        }
        return choices;
    }
}
