package uk.tierless.payments;

import io.restassured.response.Response;
import uk.tierless.portal.PagePosts;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Payments of Malvern Hills (which no other test pays), taken through the sandbox's card page as a resident would. */
final class Reconciled {

    static final String COUNCIL = "malvern-hills";

    private Reconciled() {
    }

    /** A payment for this service made and paid with this card, the browser back through the return page. */
    static PaymentView paid(Payments payments, long amount, String service, String card) {
        PaymentView payment = payments.start(new PaymentOrder(COUNCIL, amount, "MHDC-" + UUID.randomUUID()
                .toString().substring(0, 8), "A test payment", null, "recon-" + UUID.randomUUID(), "reconciliation",
                "/paid", service));
        Response page = given().redirects().follow(false).when().get(payment.nextUrl());
        SandboxJourneys.back(PagePosts.post(page, "/payments/sandbox?c=" + COUNCIL, Map.of("cardNumber", card,
                "expiryMonth", "12", "expiryYear", "30", "cvc", "123", "cardholderName", "Sam Resident")));
        return payment;
    }
}
