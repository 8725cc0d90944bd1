package uk.tierless.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day of the slot picker ({@code templates/tags/slotPicker.html}, param {@code days}): the day's label and its
 * free slots, each a radio. The portal's form journey builds its "choose an appointment" step with {@link #of}.
 */
public record SlotDay(String label, List<Choice> slots) {

    /** A radio of the picker: the slot's id (its value), its label ("10:30am") and free places. */
    public record Choice(String id, String label, int free) {
    }

    /** The slots with a free place, grouped by their London day, in order. */
    public static List<SlotDay> of(List<SlotView> slots) {
        Map<String, List<Choice>> byDay = new LinkedHashMap<>();
        slots.stream().filter(slot -> slot.free() > 0).forEach(slot -> byDay.computeIfAbsent(
                AppointmentWords.day(slot.start()), day -> new ArrayList<>())
                .add(new Choice(slot.id(), AppointmentWords.time(slot.start()), slot.free())));
        return byDay.entrySet().stream().map(day -> new SlotDay(day.getKey(), List.copyOf(day.getValue()))).toList();
    }
}
