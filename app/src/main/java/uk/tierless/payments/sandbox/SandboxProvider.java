package uk.tierless.payments.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiException;
import uk.tierless.payments.PaymentProvider;
import uk.tierless.payments.PaymentState;
import uk.tierless.platform.Secrets;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.TenantScope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox provider: test payments on Tierless's own card page ({@link SandboxCardPages}), answering as GOV.UK
 * Pay does, so that make run and the tests can take the whole journey with no money moving. Its payments are its
 * own table's; a resident's cancel is Pay's {@code failed} with P0030, a cancel through the API {@code cancelled}
 * with P0040.
 */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    static final String CANCELLED_BY_RESIDENT = "P0030";
    static final String CANCELLED_BY_SERVICE = "P0040";

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Remote create(String council, Creation payment, String idempotencyKey) {
        return tenantScope.call(council, () -> {
            Instant now = Instant.now(clock);
            String events = "[{\"status\":\"created\",\"updated\":\"" + now + "\"}]";
            entityManager.createNativeQuery("insert into sandbox_payments (id, tenant_id, idempotency_key, amount, reference,"
                            + " description, return_url, state, refunded, events, created_at, updated_at)"
                            + " values (:id, :council, :key, :amount, :reference, :description, :returnUrl, 'created', 0,"
                            + " cast(:events as jsonb), :now, :now) on conflict (tenant_id, idempotency_key) do nothing")
                    .setParameter("id", Secrets.random(18)).setParameter("council", council)
                    .setParameter("key", idempotencyKey).setParameter("amount", payment.amount())
                    .setParameter("reference", payment.reference()).setParameter("description", payment.description())
                    .setParameter("returnUrl", payment.returnUrl()).setParameter("events", events)
                    .setParameter("now", now).executeUpdate();
            SandboxPayment made = SandboxPayment.<SandboxPayment>find("idempotencyKey", idempotencyKey).singleResult();
            return remote(council, made);
        });
    }

    @Override
    public Remote status(String council, String providerId) {
        return tenantScope.call(council, () -> remote(council, require(providerId)));
    }

    @Override
    public Refund refund(String council, String providerId, long amount, long amountAvailable) {
        return tenantScope.call(council, () -> {
            SandboxPayment payment = locked(providerId).orElseThrow(() -> ApiException.notFound("No such test payment."));
            long available = payment.state == PaymentState.SUCCESS ? payment.amount - payment.refunded : 0;
            if (available != amountAvailable || amount > available) {
                throw ApiException.conflict("The test payment has " + available + "p left to refund, not "
                        + amountAvailable + "p. Nothing was refunded.");
            }
            payment.refunded += amount;
            payment.updatedAt = Instant.now(clock);
            return new Refund(Secrets.random(18), amount, "success");
        });
    }

    @Override
    public List<Event> events(String council, String providerId) {
        return tenantScope.call(council, () -> require(providerId).events.stream()
                .map(moved -> new Event(PaymentState.of(moved.status()).orElseThrow(), moved.updated())).toList());
    }

    @Override
    public boolean cancel(String council, String providerId) {
        return tenantScope.call(council, () -> locked(providerId).filter(payment -> !payment.state.finished())
                .map(payment -> {
                    payment.move(PaymentState.CANCELLED, CANCELLED_BY_SERVICE, Instant.now(clock));
                    return true;
                }).orElse(false));
    }

    /** The payment the card page shows, marked started as Pay marks it once the resident reaches its page. */
    Optional<SandboxPayment> open(String council, String providerId) {
        return tenantScope.call(council, () -> locked(providerId).map(payment -> {
            if (payment.state == PaymentState.CREATED) {
                payment.move(PaymentState.STARTED, null, Instant.now(clock));
            }
            return payment;
        }));
    }

    /**
     * Finishes the payment as the resident's card or cancel decides, unless it already finished (a second tab, or
     * the settle job's cancel); answers where to send the browser: the payment's return URL, as Pay does.
     */
    Optional<String> finish(String council, String providerId, PaymentState state, String code) {
        return tenantScope.call(council, () -> locked(providerId).map(payment -> {
            if (!payment.state.finished()) {
                payment.move(state, code, Instant.now(clock));
            }
            return payment.returnUrl;
        }));
    }

    private Optional<SandboxPayment> locked(String providerId) {
        return Optional.ofNullable(entityManager.find(SandboxPayment.class, providerId, LockModeType.PESSIMISTIC_WRITE));
    }

    private SandboxPayment require(String providerId) {
        return SandboxPayment.<SandboxPayment>findByIdOptional(providerId)
                .orElseThrow(() -> ApiException.notFound("No such test payment."));
    }

    private Remote remote(String council, SandboxPayment payment) {
        String next = payment.state.finished() ? null : config.publicUrl().replaceAll("/+$", "") + SandboxCardPages.PATH
                + "?payment=" + payment.id + "&c=" + URLEncoder.encode(council, StandardCharsets.UTF_8);
        return new Remote(payment.id, payment.state, next);
    }
}
