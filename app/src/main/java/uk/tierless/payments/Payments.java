package uk.tierless.payments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.platform.Money;
import uk.tierless.platform.Secrets;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Payments, as other features ask for them (docs/payments.md). A payment is written before the provider is asked,
 * so that its id can be in the return URL, and is the provider's Idempotency-Key: the same order key again, after a
 * double click, a refresh or a provider that did not answer, asks the provider again with the same key, and so is
 * never a second charge. Settling is {@link PaymentSettlement}'s.
 */
@ApplicationScoped
public class Payments {

    /** 24 random bytes: 192 bits, URL-safe, as unguessable as a tracking link. */
    private static final int ID_BYTES = 24;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Providers providers;

    @Inject
    PaymentSettlement settlement;

    @Inject
    CouncilDirectory councils;

    @Inject
    TierlessConfig tierless;

    @Inject
    Clock clock;

    @Inject
    Refunds refunds;

    /** Creates the payment at the council's provider (or answers with the first one made with the order's key). */
    public PaymentView start(PaymentOrder order) {
        check(order);
        PaymentProvider provider = providers.forCouncil(order.council()).orElseThrow(() -> ApiException.conflict(
                councils.require(order.council()).name() + " does not take payments online."));
        Payment reserved = tenantScope.call(order.council(), () -> reserve(order, provider.name()));
        if (reserved.providerId != null) {
            return reserved.view();
        }
        PaymentProvider.Remote made = providers.named(reserved.provider).create(order.council(),
                new PaymentProvider.Creation(reserved.amount, reserved.reference, reserved.description,
                        returnUrl(reserved.id), order.email()), reserved.id);
        return tenantScope.call(order.council(), () -> {
            Payment payment = entityManager.find(Payment.class, reserved.id, LockModeType.PESSIMISTIC_WRITE);
            if (payment.providerId == null) {
                payment.providerId = made.providerId();
                payment.state = made.state();
                payment.nextUrl = made.nextUrl();
                payment.updatedAt = Instant.now(clock);
            }
            return payment.view();
        });
    }

    /** The payment, by its unguessable id. */
    public Optional<PaymentView> find(String id) {
        return councilOf(id).flatMap(council -> tenantScope.call(council,
                () -> Payment.<Payment>findByIdOptional(id).map(Payment::view)));
    }

    /** Reads the state from the provider now and settles the payment if it has finished. */
    public PaymentView refresh(String id) {
        String council = councilOf(id).orElseThrow(() -> ApiException.notFound("There is no payment " + id + "."));
        return settlement.refresh(council, id);
    }

    /** Pence refunded so far of this council's payment: every refund the provider has not failed. */
    public long refunded(String council, String id) {
        return tenantScope.call(council, () -> refunds.refunded(id));
    }

    /**
     * A refund by the council's staff (a caller checks they may): a 400 naming {@code amount} or {@code reason} when
     * it cannot be made as asked; audited, and {@link PaymentRefunded} fired, in the refund's transaction.
     */
    public void refund(String council, String id, long amount, String reason, Staff staff) {
        refunds.refund(council, id, amount, reason, staff);
    }

    /** Whether this council can take payments (a GOV.UK Pay account configured, or the sandbox on). */
    public boolean takesPayments(String council) {
        return providers.forCouncil(council).isPresent();
    }

    /** The council whose payment this is, from the shared index (a payment's id names no council). */
    Optional<String> councilOf(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> PaymentCouncil.<PaymentCouncil>findByIdOptional(id)
                .map(found -> found.tenantId));
    }

    /** The page the return page sends the browser on to, as the order asked. */
    String continuePath(String council, String id) {
        return tenantScope.call(council, () -> Payment.<Payment>findById(id).continuePath);
    }

    /** Where the provider sends the browser back: {@link PaymentReturnPage}. */
    String returnUrl(String id) {
        return tierless.publicUrl().replaceAll("/+$", "") + "/payments/" + id + "/return";
    }

    /** The payment of this order's key, written now if it is the first: one row per key, even for two at once. */
    private Payment reserve(PaymentOrder order, String provider) {
        Instant now = Instant.now(clock);
        String id = Secrets.random(ID_BYTES);
        int made = entityManager.createNativeQuery("insert into payments (id, tenant_id, amount, reference, description,"
                        + " purpose, continue_path, state, provider, idempotency_key, created_at, updated_at, service_code)"
                        + " values (:id, :council, :amount, :reference, :description, :purpose, :continuePath, 'created',"
                        + " :provider, :key, :now, :now, :service) on conflict (tenant_id, idempotency_key) do nothing")
                .setParameter("id", id).setParameter("council", order.council()).setParameter("amount", order.amount())
                .setParameter("reference", order.reference()).setParameter("description", order.description())
                .setParameter("purpose", order.purpose()).setParameter("continuePath", order.continuePath())
                .setParameter("provider", provider).setParameter("key", order.idempotencyKey())
                .setParameter("now", now).setParameter("service", order.service()).executeUpdate();
        if (made == 1) {
            PaymentCouncil index = new PaymentCouncil();
            index.paymentId = id;
            index.tenantId = order.council();
            index.persist();
        }
        return Payment.<Payment>find("idempotencyKey", order.idempotencyKey()).singleResult();
    }

    private void check(PaymentOrder order) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (order.amount() <= 0 || order.amount() > Money.LARGEST_PAYMENT) {
            problems.add(new ApiError.FieldError("amount", "must be a whole number of pence from 1 to " + Money.LARGEST_PAYMENT
                    + " (£100,000, the most GOV.UK Pay takes in one payment)"));
        }
        required(problems, "reference", order.reference());
        required(problems, "description", order.description());
        required(problems, "idempotencyKey", order.idempotencyKey());
        required(problems, "purpose", order.purpose());
        required(problems, "service", order.service());
        String path = order.continuePath();
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            problems.add(new ApiError.FieldError("continuePath", "must be a path on this site, starting with one /"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("The payment cannot be made as asked.", problems);
        }
        councils.require(order.council());
    }

    private static void required(List<ApiError.FieldError> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new ApiError.FieldError(field, "is missing"));
        } else if (value.length() > 255) {
            problems.add(new ApiError.FieldError(field, "must be 255 characters or fewer"));
        }
    }
}
