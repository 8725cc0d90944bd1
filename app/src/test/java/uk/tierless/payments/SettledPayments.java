package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener for PaymentSettled, as the feature that asked for a payment has one: it keeps what it was told, and
 * throws once for a payment told to, as a listener that fails (the app killed mid-way) would.
 */
@ApplicationScoped
public class SettledPayments {

    private final Map<String, List<PaymentSettled>> told = new ConcurrentHashMap<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> thrown = new ConcurrentHashMap<>();

    void on(@Observes PaymentSettled settled) {
        if (failOnce.remove(settled.paymentId())) {
            thrown.merge(settled.paymentId(), 1, Integer::sum);
            throw new IllegalStateException("The listener failed, as if the app had stopped here");
        }
        told.computeIfAbsent(settled.paymentId(), id -> new CopyOnWriteArrayList<>()).add(settled);
    }

    /** What this payment's listener was told, and did not throw for. */
    public List<PaymentSettled> of(String paymentId) {
        return told.getOrDefault(paymentId, List.of());
    }

    /** The next time this payment settles, the listener throws. */
    public void failNextFor(String paymentId) {
        failOnce.add(paymentId);
    }

    public int thrownFor(String paymentId) {
        return thrown.getOrDefault(paymentId, 0);
    }
}
