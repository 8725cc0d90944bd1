package uk.tierless.appointments;

/** An appointment's state as a resident or member of staff reads it. */
final class AppointmentStates {

    private AppointmentStates() {
    }

    static String label(String state) {
        return switch (state) {
            case AppointmentBooking.BOOKED -> "Booked";
            case AppointmentBooking.ATTENDED -> "Attended";
            case AppointmentBooking.NO_SHOW -> "Did not attend";
            default -> "Cancelled";
        };
    }
}
