package uk.tierless.appointments;

import java.time.LocalDate;
import java.util.List;

/**
 * A council's {@code appointments.yaml} as written (docs/bookings.md): the service booked, its window rule, the
 * phone number for residents who find no slot, closures of every office, and the offices with their rules and own
 * closures. Times are "09:00"; days are lower-case names ("monday").
 */
public record AppointmentsDefinition(String service, Window window, String phone, List<ClosureDays> closures,
                                     List<Office> offices) {

    public record Window(String fromAnswer, Integer days) {
    }

    public record Office(String id, String name, String address, String openingTimes, List<Rule> rules,
                         List<ClosureDays> closures) {
    }

    public record Rule(List<String> days, String opens, String closes, Integer slotMinutes, Integer registrars) {
    }

    public record ClosureDays(LocalDate from, LocalDate to, String reason) {
    }
}
