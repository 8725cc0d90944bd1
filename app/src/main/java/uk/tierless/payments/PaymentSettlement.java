package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;

/**
 * Reads a payment's state from its provider and settles it once it has finished: success, failure, or not finished
 * {@code tierless.payments.expire-after} after it was made (cancelled at the provider where it allows, then failed).
 * Settling locks the payment's row, so of two settlers at once (the return page and the job, or two instances' jobs)
 * the second finds it settled: {@link PaymentSettled} is fired exactly once, in the settling transaction, and an
 * observer that throws rolls it back for the next try.
 */
@ApplicationScoped
class PaymentSettlement {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Providers providers;

    @Inject
    PaymentsConfig config;

    @Inject
    Event<PaymentSettled> settled;

    @Inject
    Clock clock;

    PaymentView refresh(String council, String id) {
        Payment payment = tenantScope.call(council, () -> Payment.<Payment>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("There is no payment " + id + ".")));
        if (payment.settledAt != null) {
            return payment.view();
        }
        boolean expired = Instant.now(clock).isAfter(payment.createdAt.plus(config.expireAfter()));
        if (payment.providerId == null) {
            // Its creation never reached the provider: nothing to read, and nothing was charged.
            return expired ? record(council, id, PaymentState.FAILED) : payment.view();
        }
        PaymentProvider provider = providers.named(payment.provider);
        PaymentState state = provider.status(council, payment.providerId).state();
        if (!state.finished() && expired) {
            provider.cancel(council, payment.providerId);
            // Read again: the resident may have paid a moment before the cancel.
            state = provider.status(council, payment.providerId).state();
            if (!state.finished()) {
                state = PaymentState.FAILED;
            }
        }
        return record(council, id, state);
    }

    /** Keeps the state the provider gave; settles the payment if that state is final and it is not yet settled. */
    private PaymentView record(String council, String id, PaymentState state) {
        return tenantScope.call(council, () -> {
            Payment payment = entityManager.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (payment.settledAt != null || payment.state == state && !state.finished()) {
                return payment.view();
            }
            Instant now = Instant.now(clock);
            payment.state = state;
            payment.updatedAt = now;
            if (state.finished()) {
                payment.settledAt = now;
                payment.nextUrl = null;
                entityManager.flush();
                settled.fire(new PaymentSettled(payment.id, council, payment.reference, payment.purpose, payment.amount,
                        state == PaymentState.SUCCESS, state));
            }
            return payment.view();
        });
    }
}
