package uk.tierless.payments;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A local stand-in for GOV.UK Pay's public API (v1), answering as its documentation does: 201 with the payment and
 * its next_url for a create with a good key, the payment with its state and refund_summary, 202 with a refund, the
 * events, 204 for a cancel; 401 for a wrong key, a 500 for the reference {@link #FAULT}, a 422 P0102 for
 * {@link #REFUSED}, and an answer later than the adapter waits for {@link #SLOW}. Pay itself cannot run here.
 */
public class GovUkPayTestServer implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "api_test_tierless0123456789abcdefghijklmnopqrstuvwxyz";
    public static final String PAYMENT_ID = "hu20sqlact5260q2nanm0q8u93";
    public static final String NEXT_URL = "https://card.payments.service.gov.uk/secure/ef1b6ff1-db34-4c62-b854-3ed4ba3c4049";
    public static final String FAULT = "WCY-FAULT";
    public static final String REFUSED = "WCY-REFUSED";
    public static final String SLOW = "WCY-SLOW";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String bearer = "Bearer " + API_KEY;
        server.givenThat(post(urlEqualTo("/v1/payments")).atPriority(9)
                .willReturn(json(401, """
                        {"code": "P0920", "description": "Credentials are required to access this resource"}""")));
        server.givenThat(post(urlEqualTo("/v1/payments")).withHeader("Authorization", equalTo(bearer))
                .withHeader("Idempotency-Key", matching(".+")).atPriority(5)
                .willReturn(json(201, payment("created", true))));
        server.givenThat(post(urlEqualTo("/v1/payments")).withRequestBody(containing(FAULT)).atPriority(1)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody("<h1>Server error</h1>")));
        server.givenThat(post(urlEqualTo("/v1/payments")).withRequestBody(containing(REFUSED)).atPriority(1)
                .willReturn(json(422, """
                        {"field": "return_url", "code": "P0102", "description": "Invalid attribute value: return_url. Must be a valid URL format"}""")));
        server.givenThat(post(urlEqualTo("/v1/payments")).withRequestBody(containing(SLOW)).atPriority(1)
                .willReturn(json(201, payment("created", true)).withFixedDelay(6000)));
        server.givenThat(get(urlEqualTo("/v1/payments/" + PAYMENT_ID)).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(200, payment("success", false))));
        server.givenThat(post(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/refunds")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(202, """
                        {"refund_id": "act4c33g40j3edfmi8jknab84x", "amount": 500, "status": "submitted",
                         "created_date": "2026-12-04T10:15:00.000Z",
                         "_links": {"self": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%1$s/refunds/act4c33g40j3edfmi8jknab84x", "method": "GET"},
                                    "payment": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%1$s", "method": "GET"}}}
                        """.formatted(PAYMENT_ID))));
        server.givenThat(get(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/events")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(200, """
                        {"payment_id": "%1$s",
                         "events": [
                           {"payment_id": "%1$s", "state": {"status": "created", "finished": false}, "updated": "2026-12-04T10:00:00.000Z"},
                           {"payment_id": "%1$s", "state": {"status": "started", "finished": false}, "updated": "2026-12-04T10:01:00.000Z"},
                           {"payment_id": "%1$s", "state": {"status": "success", "finished": true}, "updated": "2026-12-04T10:02:30.000Z"}],
                         "_links": {"self": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%1$s/events", "method": "GET"}}}
                        """.formatted(PAYMENT_ID))));
        server.givenThat(post(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/cancel")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(400, """
                        {"code": "P0501", "description": "Cancellation of payment failed"}""")));
        return Map.of("tierless.govuk-pay.base-url", server.baseUrl(), "WORCESTER_PAY_API_KEY", API_KEY);
    }

    /** A payment as Pay answers for it: in the state given, with its next_url while it can still be paid. */
    private static String payment(String status, boolean withNextUrl) {
        String next = withNextUrl ? """
                , "next_url": {"href": "%s", "method": "GET"}""".formatted(NEXT_URL) : "";
        return """
                {"amount": 2200, "description": "Copy certificate: 2 copies, standard", "reference": "WCY-2612-0001",
                 "language": "en", "email": "resident@example.com",
                 "state": {"status": "%1$s", "finished": %2$s},
                 "payment_id": "%3$s", "payment_provider": "sandbox", "created_date": "2026-12-04T10:00:00.000Z",
                 "refund_summary": {"status": "%4$s", "amount_available": %5$d, "amount_submitted": 0},
                 "settlement_summary": {}, "delayed_capture": false, "moto": false,
                 "return_url": "http://localhost:8081/payments/x/return",
                 "_links": {"self": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%3$s", "method": "GET"}%6$s,
                            "events": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%3$s/events", "method": "GET"},
                            "refunds": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%3$s/refunds", "method": "GET"},
                            "cancel": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%3$s/cancel", "method": "POST"}}}
                """.formatted(status, !status.equals("created"), PAYMENT_ID, status.equals("success") ? "available" : "pending",
                status.equals("success") ? 2200 : 0, next);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }
}
