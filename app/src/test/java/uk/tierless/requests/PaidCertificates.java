package uk.tierless.requests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.tierless.portal.PagePosts;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** For tests of paid requests: Worcestershire's copy certificates ordered through the API and paid at the sandbox. */
public final class PaidCertificates {

    /** GOV.UK Pay's mock card numbers, which the sandbox takes as Pay does (docs/payments.md). */
    public static final String SUCCESS_CARD = "4444333322221111";
    public static final String DECLINED_CARD = "4000000000000002";

    private PaidCertificates() {
    }

    public static Map<String, Object> order(String key, int copies, String email) {
        return Map.of("service", "copy-certificate", "uprn", "990000000113", "idempotencyKey", key,
                "answers", Map.of("certificate-type", "birth", "names", "Ada Example", "event-year", 1990,
                        "copies", copies, "service-level", "standard", "delivery-address", "16 Notreal Court, Worcester WR1 1RJ"),
                "contact", Map.of("email", email));
    }

    public static JsonPath submit(Map<String, Object> body, int status) {
        return given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(status).extract().jsonPath();
    }

    /** The sandbox's card page for the payment, filled in with this card: answers where the browser is sent. */
    public static URI pay(String nextUrl, String card) {
        Response page = given().redirects().follow(false).when().get(nextUrl).then().statusCode(200).extract().response();
        Map<String, String> fields = new HashMap<>(Map.of("cardNumber", card, "expiryMonth", "12", "expiryYear", "2035",
                "cvc", "123", "cardholderName", "Ada Example"));
        Response paid = PagePosts.post(page, nextUrl, fields).then().statusCode(303).extract().response();
        return URI.create(paid.header("Location"));
    }

    /** The browser's way back: the return page, then the page it sends the resident on to. */
    public static String returnFrom(URI returnUrl) {
        String onward = given().redirects().follow(false).when().get(returnUrl.getRawPath()).then().statusCode(303)
                .extract().header("Location");
        return given().when().get(URI.create(onward).getRawPath() + "?" + URI.create(onward).getRawQuery())
                .then().statusCode(200).extract().asString();
    }

    /** Ordered and paid with the success card, the browser brought back: answers the reference. */
    public static String orderedAndPaid(String key, int copies, String email) {
        JsonPath started = submit(order(key, copies, email), 201);
        URI next = URI.create(started.getString("payment.nextUrl"));
        returnFrom(pay(next.getRawPath() + "?" + next.getRawQuery(), SUCCESS_CARD));
        return started.getString("reference");
    }
}
