package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.payments.sandbox.SandboxProvider;
import uk.tierless.platform.AtOnce;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.payments.SandboxJourneys.COUNCIL;
import static uk.tierless.payments.SandboxJourneys.order;
import static uk.tierless.payments.SandboxJourneys.pay;

/** A payment never depends on the browser coming back: the settle job, expiry, and PaymentSettled exactly once. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SettlingTest {

    @Inject
    Payments payments;

    @Inject
    PaymentSettler settler;

    @Inject
    SettledPayments settled;

    @Inject
    SandboxProvider sandbox;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void aResidentWhoPaidButNeverCameBackIsSettledByTheJob() {
        PaymentView payment = payments.start(order(2200));
        pay(payment, SandboxJourneys.SUCCESS_CARD);
        assertThat(settled.of(payment.id())).isEmpty();

        settler.settle(COUNCIL);

        assertThat(payments.find(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.SUCCESS);
        assertThat(settled.of(payment.id())).singleElement().satisfies(told -> assertThat(told.succeeded()).isTrue());
    }

    @Test
    void aPaymentAbandonedForNinetyMinutesIsCancelledAtTheProviderAndSettledAsFailed() {
        PaymentView abandoned = payments.start(order(1800));
        SandboxJourneys.cardPage(abandoned);
        PaymentView recent = payments.start(order(1800));
        madeAgo(abandoned.id(), 91);
        madeAgo(recent.id(), 89);

        settler.settle(COUNCIL);

        PaymentView found = payments.find(abandoned.id()).orElseThrow();
        assertThat(found.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(sandbox.status(COUNCIL, providerId(abandoned.id())).state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(settled.of(abandoned.id())).singleElement().satisfies(told -> {
            assertThat(told.succeeded()).isFalse();
            assertThat(told.state()).isEqualTo(PaymentState.CANCELLED);
        });
        assertThat(payments.find(recent.id()).orElseThrow().state()).isEqualTo(PaymentState.CREATED);
        assertThat(settled.of(recent.id())).isEmpty();
    }

    @Test
    void theReturnPageAndTheJobRacingSettleThePaymentOnce() throws Exception {
        PaymentView payment = payments.start(order(2200));
        Response toProvider = pay(payment, SandboxJourneys.SUCCESS_CARD);
        AtomicInteger turn = new AtomicInteger();

        AtOnce.twice(() -> turn.getAndIncrement() == 0
                ? given().redirects().follow(false).when().get(toProvider.header("Location")).statusCode()
                : settler.settle(COUNCIL));

        assertThat(payments.find(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.SUCCESS);
        assertThat(settled.of(payment.id())).hasSize(1);
    }

    @Test
    void aListenerThatFailsRollsTheSettlingBackAndTheJobFinishesItOnce() {
        PaymentView payment = payments.start(order(2200));
        Response toProvider = pay(payment, SandboxJourneys.SUCCESS_CARD);
        settled.failNextFor(payment.id());

        Response onward = SandboxJourneys.back(toProvider);

        assertThat(onward.statusCode()).isEqualTo(303);
        assertThat(onward.header("Location")).endsWith("/paid?payment=" + payment.id());
        assertThat(settled.thrownFor(payment.id())).isEqualTo(1);
        assertThat(settled.of(payment.id())).isEmpty();
        assertThat(settledAt(payment.id())).isNull();

        settler.settle(COUNCIL);
        settler.settle(COUNCIL);

        assertThat(settledAt(payment.id())).isNotNull();
        assertThat(settled.of(payment.id())).singleElement().satisfies(told -> assertThat(told.succeeded()).isTrue());
    }

    @Test
    void twoInstancesRunningTheJobAtOnceShareThePaymentsBetweenThem() throws Exception {
        List<PaymentView> paid = List.of(payments.start(order(1000)), payments.start(order(1100)), payments.start(order(1200)));
        paid.forEach(payment -> pay(payment, SandboxJourneys.SUCCESS_CARD));
        long before = settledCount();

        List<Integer> settledByEach = AtOnce.twice(() -> settler.settle(COUNCIL));

        assertThat(settledByEach.get(0) + settledByEach.get(1)).isEqualTo(settledCount() - before);
        assertThat(paid).allSatisfy(payment -> assertThat(settled.of(payment.id())).hasSize(1));
    }

    private long settledCount() {
        return tenantScope.call(COUNCIL, () -> Payment.count("settledAt is not null"));
    }

    private void madeAgo(String id, int minutes) {
        tenantScope.run(COUNCIL, () -> entityManager.createNativeQuery("update payments set created_at = :at where id = :id")
                .setParameter("at", Instant.now().minus(minutes, ChronoUnit.MINUTES)).setParameter("id", id).executeUpdate());
    }

    private String providerId(String id) {
        return tenantScope.call(COUNCIL, () -> Payment.<Payment>findById(id).providerId);
    }

    private Instant settledAt(String id) {
        return tenantScope.call(COUNCIL, () -> Payment.<Payment>findById(id).settledAt);
    }
}
