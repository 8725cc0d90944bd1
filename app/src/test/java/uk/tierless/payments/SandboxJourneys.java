package uk.tierless.payments;

import io.restassured.response.Response;
import uk.tierless.portal.PagePosts;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A resident at the sandbox's card page, as a browser takes it: the page, then its form posted. */
final class SandboxJourneys {

    static final String COUNCIL = "worcestershire";
    static final String SUCCESS_CARD = "4444 3333 2222 1111";
    static final String DECLINED_CARD = "4000000000000002";
    static final String ERROR_CARD = "4000000000000119";

    private SandboxJourneys() {
    }

    static PaymentOrder order(long amount) {
        return new PaymentOrder(COUNCIL, amount, "WCC-2612-" + UUID.randomUUID().toString().substring(0, 4),
                "Copy certificate: 2 copies, standard", "resident@example.com", "order-" + UUID.randomUUID(), "request",
                "/paid", "copy-certificate");
    }

    static Response cardPage(PaymentView payment) {
        return given().redirects().follow(false).when().get(payment.nextUrl());
    }

    /** The card page's form posted with this card; answers the provider's redirect (or the page again, refused). */
    static Response pay(PaymentView payment, String cardNumber) {
        return pay(cardPage(payment), cardNumber, "12", "30", "123", "Sam Resident");
    }

    static Response pay(Response page, String cardNumber, String month, String year, String cvc, String name) {
        return PagePosts.post(page, "/payments/sandbox?c=" + COUNCIL, Map.of("cardNumber", cardNumber,
                "expiryMonth", month, "expiryYear", year, "cvc", cvc, "cardholderName", name));
    }

    /** The browser following the provider back to Tierless's return page; answers where that sends it. */
    static Response back(Response fromProvider) {
        return given().redirects().follow(false).when().get(fromProvider.header("Location"));
    }
}
