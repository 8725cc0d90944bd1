package uk.tierless.payments;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What the reconciliation page shows of a ledger: its sums in pence (the template writes pounds), days in words. */
public record ReconciliationView(String period, Ledger.Sums totals, List<DayView> days, List<PaymentLine> payments,
                                 String csvHref) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** A day's table: its caption and id (for the heading's link), its sums and its services' rows. */
    public record DayView(String id, String label, Ledger.Day day) {
    }

    public record PaymentLine(Ledger.Line line, String serviceName, String takenAt) {
    }

    static ReconciliationView of(Ledger ledger) {
        String period = ledger.from().equals(ledger.to()) ? SHORT_DAY.format(ledger.from())
                : SHORT_DAY.format(ledger.from()) + " to " + SHORT_DAY.format(ledger.to());
        List<DayView> days = ledger.days().stream()
                .map(day -> new DayView("day-" + day.date(), DAY.format(day.date()), day)).toList();
        List<PaymentLine> payments = ledger.payments().stream().map(line -> new PaymentLine(line,
                nameOf(ledger, line.service()), TAKEN.format(line.takenAt().atZone(ReconciliationPeriod.LONDON))))
                .toList();
        return new ReconciliationView(period, ledger.totals(), days, payments, "/staff/payments.csv?from="
                + ledger.from() + "&to=" + ledger.to());
    }

    /** The service's name as the days' tables give it. */
    private static String nameOf(Ledger ledger, String service) {
        return ledger.days().stream().flatMap(day -> day.services().stream())
                .filter(sums -> Objects.equals(sums.service(), service)).map(Ledger.ServiceSums::serviceName)
                .findFirst().orElse(service == null ? Reconciliation.NO_SERVICE_NAME : service);
    }
}
