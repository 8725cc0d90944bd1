package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A council's {@link Ledger} for some days, read in its scope from the payments and refunds tables: a payment is
 * taken when it settled as a success, a refund when it was made, unless the provider refused it (status error).
 * Every sum is a long of pence.
 */
@ApplicationScoped
class Reconciliation {

    /** What a payment made before services were kept is counted under. */
    static final String NO_SERVICE_NAME = "Service not recorded";

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    ServiceCatalogue catalogue;

    Ledger of(String council, ReconciliationPeriod period) {
        return tenantScope.call(council, () -> {
            List<PaymentRefund> refunds = entityManager.createQuery("from PaymentRefund r where r.status <> :error"
                            + " and r.createdAt >= :start and r.createdAt < :end order by r.createdAt", PaymentRefund.class)
                    .setParameter("error", PaymentRefund.ERROR)
                    .setParameter("start", period.start()).setParameter("end", period.end()).getResultList();
            List<Payment> payments = entityManager.createQuery("from Payment p where p.state = :success"
                            + " and (p.settledAt >= :start and p.settledAt < :end or p.id in (select r.paymentId"
                            + " from PaymentRefund r where r.status <> :error and r.createdAt >= :start and r.createdAt < :end))"
                            + " order by p.settledAt, p.id", Payment.class)
                    .setParameter("success", PaymentState.SUCCESS).setParameter("error", PaymentRefund.ERROR)
                    .setParameter("start", period.start()).setParameter("end", period.end()).getResultList();
            return ledger(council, period, payments, refunds);
        });
    }

    private Ledger ledger(String council, ReconciliationPeriod period, List<Payment> payments,
                          List<PaymentRefund> refunds) {
        Map<String, Payment> byId = new HashMap<>();
        payments.forEach(payment -> byId.put(payment.id, payment));
        Map<String, Long> refundedOf = new HashMap<>();
        Tally tally = new Tally();
        for (PaymentRefund refund : refunds) {
            refundedOf.merge(refund.paymentId, refund.amount, Long::sum);
            tally.add(day(refund.createdAt), byId.get(refund.paymentId).serviceCode, 0, refund.amount);
        }
        List<Ledger.Line> lines = new ArrayList<>();
        long taken = 0;
        for (Payment payment : payments) {
            boolean takenNow = !payment.settledAt.isBefore(period.start()) && payment.settledAt.isBefore(period.end());
            if (takenNow) {
                taken += payment.amount;
                tally.add(day(payment.settledAt), payment.serviceCode, payment.amount, 0);
            }
            lines.add(new Ledger.Line(payment.id, payment.reference, payment.serviceCode, payment.providerId,
                    payment.provider, payment.state, payment.amount, refundedOf.getOrDefault(payment.id, 0L),
                    payment.settledAt));
        }
        long refunded = refunds.stream().mapToLong(refund -> refund.amount).sum();
        return new Ledger(council, period.from(), period.to(), Ledger.Sums.of(taken, refunded), tally.days(), lines);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ReconciliationPeriod.LONDON);
    }

    /** Pence taken and refunded by day, then by service. */
    private final class Tally {

        private final TreeMap<LocalDate, Map<String, long[]>> days = new TreeMap<>();

        void add(LocalDate day, String service, long taken, long refunded) {
            long[] sums = days.computeIfAbsent(day, key -> new HashMap<>()).computeIfAbsent(service, key -> new long[2]);
            sums[0] += taken;
            sums[1] += refunded;
        }

        List<Ledger.Day> days() {
            return days.entrySet().stream().map(day -> {
                List<Ledger.ServiceSums> services = day.getValue().entrySet().stream()
                        .map(service -> new Ledger.ServiceSums(service.getKey(), serviceName(service.getKey()),
                                service.getValue()[0], service.getValue()[1], service.getValue()[0] - service.getValue()[1]))
                        .sorted(Comparator.comparing(Ledger.ServiceSums::serviceName)).toList();
                long taken = services.stream().mapToLong(Ledger.ServiceSums::taken).sum();
                long refunded = services.stream().mapToLong(Ledger.ServiceSums::refunded).sum();
                return new Ledger.Day(day.getKey(), taken, refunded, taken - refunded, services);
            }).toList();
        }

        private String serviceName(String code) {
            return code == null ? NO_SERVICE_NAME
                    : catalogue.find(code).map(ServiceTypeView::name).orElse(code);
        }
    }
}
