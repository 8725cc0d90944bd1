package uk.tierless.notifications;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A local stand-in for GOV.UK Notify's v2 API, answering as its documentation says: 201 with the notification for
 * a good call, 400 BadRequestError for an address it refuses, 429 RateLimitError once for a rate-limited address.
 * Notify itself cannot run here; the tests check what Tierless sends it.
 */
public class NotifyTestServer implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String API_KEY = "tierless_test-" + SERVICE_ID + "-" + SECRET;
    public static final String REFUSED = "refused@example.com";
    public static final String RATE_LIMITED = "busy@example.com";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String created = """
                {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": null,
                 "content": {"subject": "A subject", "body": "A body", "from_email": "worcester@notifications.service.gov.uk"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a",
                 "template": {"id": "f33517ff-2a88-4f6e-b855-c550268ce08a", "version": 1,
                              "uri": "https://api.notifications.service.gov.uk/v2/templates/f33517ff-2a88-4f6e-b855-c550268ce08a"}}
                """;
        server.givenThat(post(urlEqualTo("/v2/notifications/email")).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(created)));
        server.givenThat(post(urlEqualTo("/v2/notifications/sms")).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(created)));
        server.givenThat(post(urlEqualTo("/v2/notifications/email")).withRequestBody(containing(REFUSED)).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"status_code": 400, "errors": [{"error": "BadRequestError",
                         "message": "Can't send to this recipient using a team-only API key"}]}""")));
        server.givenThat(post(urlEqualTo("/v2/notifications/email")).withRequestBody(containing(RATE_LIMITED)).atPriority(1)
                .inScenario("rate limit").whenScenarioStateIs("Started")
                .willSetStateTo("cooled down")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
                        {"status_code": 429, "errors": [{"error": "RateLimitError",
                         "message": "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"}]}""")));
        return Map.of("tierless.govuk-notify.base-url", server.baseUrl(), "WORCESTER_NOTIFY_API_KEY", API_KEY);
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
