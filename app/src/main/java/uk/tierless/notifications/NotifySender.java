package uk.tierless.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import uk.tierless.platform.TierlessConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Email and text messages through GOV.UK Notify's REST API (v2), for councils whose tenant.yaml names
 * {@code govukNotify}. Each call carries a JWT (HS256) signed with the secret part of the council's API key, whose
 * {@code iss} is the key's service id; the message goes to the council's Notify template for its kind, filled with
 * the message's fields. Notify's 400 and 403 mean the message itself cannot go ({@link Undeliverable}); a 429 (rate
 * limit) or a 5xx is retried by the dispatcher.
 */
@ApplicationScoped
public class NotifySender implements MailSender {

    private static final int KEY_PART = 36;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    NotifyAccounts notifyAccounts;

    @Inject
    TierlessConfig config;

    @Inject
    Config environment;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public void send(Message message) throws Undeliverable, IOException, InterruptedException {
        NotifyAccount notify = notifyAccounts.of(message.council())
                .orElseThrow(() -> new Undeliverable(message.council() + " does not use GOV.UK Notify"));
        boolean sms = Outbox.SMS.equals(message.channel());
        String template = notify.template(message.kind(), sms).orElseThrow(() -> new Undeliverable(
                "No Notify " + (sms ? "text message" : "email") + " template for '" + message.kind() + "' in "
                        + message.council() + "'s tenant.yaml"));
        String key = environment.getOptionalValue(notify.apiKeyEnv(), String.class).orElseThrow(() -> new Undeliverable(
                notify.apiKeyEnv() + " (the Notify API key of " + message.council() + ") is not set"));
        if (key.length() < 2 * KEY_PART + 2) {
            throw new Undeliverable(notify.apiKeyEnv() + " is not a Notify API key (name-serviceid-secret)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(sms ? "phone_number" : "email_address", message.to());
        body.put("template_id", template);
        body.put("personalisation", message.fields());
        body.put("reference", message.messageId());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.govukNotify().baseUrl().replaceAll("/+$", "")
                        + "/v2/notifications/" + (sms ? "sms" : "email")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(key))
                .header("User-Agent", "tierless")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 201 || status == 200) {
            return;
        }
        String problem = "GOV.UK Notify answered " + status + ": " + abbreviate(response.body());
        if (status == 400 || status == 403) {
            throw new Undeliverable(problem);
        }
        throw new IOException(problem);
    }

    /** The JWT Notify asks for: {@code {iss: service id, iat: now}}, HS256 with the key's secret. */
    String token(String apiKey) {
        String secret = apiKey.substring(apiKey.length() - KEY_PART);
        String serviceId = apiKey.substring(apiKey.length() - 2 * KEY_PART - 1, apiKey.length() - KEY_PART - 1);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + serviceId + "\",\"iat\":" + clock.instant().getEpochSecond()
                + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = base64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8)));
            return header + "." + claims + "." + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
