package uk.tierless.payments.govukpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import uk.tierless.api.ApiException;
import uk.tierless.payments.PaymentProvider;
import uk.tierless.payments.PaymentState;
import uk.tierless.payments.ProviderFailure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK Pay's public API (v1), each council with its own account: a Bearer API key read from the environment
 * variable its {@code govukPay} section names. Creating carries the {@code Idempotency-Key} header, so a retry answers
 * with the first payment. A timeout or refused connection is a 503 to the caller, a 5xx or an answer that cannot be
 * read a 502; Pay's 4xx error codes (P0xxx) are logged, never the resident's details.
 */
@ApplicationScoped
public class GovUkPayProvider implements PaymentProvider {

    public static final String NAME = "govuk-pay";
    private static final Logger LOG = Logger.getLogger(GovUkPayProvider.class);

    @Inject
    GovUkPayAccounts accounts;

    @Inject
    GovUkPayConfig config;

    @Inject
    Config environment;

    @Inject
    ObjectMapper json;

    private volatile HttpClient http;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Remote create(String council, Creation payment, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", payment.amount());
        body.put("reference", payment.reference());
        body.put("description", payment.description());
        body.put("return_url", payment.returnUrl());
        if (payment.email() != null && !payment.email().isBlank()) {
            body.put("email", payment.email());
        }
        body.put("language", "en");
        HttpResponse<String> answer = send(council, post("/v1/payments", body).header("Idempotency-Key", idempotencyKey));
        return payment(expect(answer, "create a payment", 201, 200));
    }

    @Override
    public Remote status(String council, String providerId) {
        return payment(expect(send(council, get(paymentPath(providerId))), "read a payment", 200));
    }

    @Override
    public Refund refund(String council, String providerId, long amount, long amountAvailable) {
        HttpResponse<String> answer = send(council, post(paymentPath(providerId) + "/refunds",
                Map.of("amount", amount, "refund_amount_available", amountAvailable)));
        if (answer.statusCode() == 400 || answer.statusCode() == 412) {
            // P0603 (not refundable) or P0604 (the amount available has changed): Pay's record disagrees with ours.
            throw ApiException.conflict("GOV.UK Pay would not make this refund: " + errorOf(answer).path("description").asText(
                    "the amount available to refund has changed") + ". Nothing was refunded.");
        }
        JsonNode refund = expect(answer, "refund a payment", 202, 200);
        return new Refund(refund.path("refund_id").asText(), refund.path("amount").asLong(), refund.path("status").asText());
    }

    @Override
    public List<Event> events(String council, String providerId) {
        JsonNode answer = expect(send(council, get(paymentPath(providerId) + "/events")), "list a payment's events", 200);
        List<Event> events = new ArrayList<>();
        for (JsonNode event : answer.path("events")) {
            events.add(new Event(state(event.path("state")), Instant.parse(event.path("updated").asText())));
        }
        return events;
    }

    @Override
    public boolean cancel(String council, String providerId) {
        HttpResponse<String> answer = send(council, post(paymentPath(providerId) + "/cancel", null));
        if (answer.statusCode() == 204) {
            return true;
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 409) {
            return false;
        }
        throw refused(answer, "cancel a payment");
    }

    private static String paymentPath(String providerId) {
        return "/v1/payments/" + URLEncoder.encode(providerId, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path, Object body) {
        try {
            return request(path).header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(config.baseUrl().replaceAll("/+$", "") + path))
                .timeout(config.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", "tierless");
    }

    private HttpResponse<String> send(String council, HttpRequest.Builder request) {
        GovUkPayAccount account = accounts.of(council).orElseThrow(() -> new IllegalStateException(
                council + " has no GOV.UK Pay account"));
        String key = environment.getOptionalValue(account.apiKeyEnv(), String.class).orElse(null);
        if (key == null || key.isBlank()) {
            LOG.errorf("%s (the GOV.UK Pay API key of %s) is not set: it takes no payments until it is",
                    account.apiKeyEnv(), council);
            throw ProviderFailure.unavailable();
        }
        try {
            return client().send(request.header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("GOV.UK Pay did not answer for %s: %s", council, e.getClass().getSimpleName());
            throw ProviderFailure.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProviderFailure.unavailable();
        }
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        }
        return http;
    }

    private JsonNode expect(HttpResponse<String> answer, String what, int... statuses) {
        for (int status : statuses) {
            if (answer.statusCode() == status) {
                try {
                    return json.readTree(answer.body());
                } catch (IOException e) {
                    LOG.warnf("GOV.UK Pay's answer when asked to %s was not JSON", what);
                    throw ProviderFailure.badAnswer();
                }
            }
        }
        throw refused(answer, what);
    }

    private ApiException refused(HttpResponse<String> answer, String what) {
        LOG.warnf("GOV.UK Pay answered %d when asked to %s (code %s)", answer.statusCode(), what,
                errorOf(answer).path("code").asText("none"));
        return ProviderFailure.badAnswer();
    }

    /** Pay's error body, {@code {code, description}}, or an empty node. */
    private JsonNode errorOf(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body() == null || answer.body().isBlank() ? "{}" : answer.body());
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private Remote payment(JsonNode payment) {
        String id = payment.path("payment_id").asText(null);
        if (id == null) {
            throw ProviderFailure.badAnswer();
        }
        JsonNode next = payment.path("_links").path("next_url").path("href");
        return new Remote(id, state(payment.path("state")), next.isTextual() ? next.asText() : null);
    }

    private static PaymentState state(JsonNode state) {
        return PaymentState.of(state.path("status").asText()).orElseThrow(ProviderFailure::badAnswer);
    }
}
