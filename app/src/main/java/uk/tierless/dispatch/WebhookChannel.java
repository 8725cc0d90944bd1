package uk.tierless.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.requests.WorkQueue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

/**
 * A request POSTed as JSON (the API's request, {@code GET /api/v1/requests/{reference}}) to the council's receiver,
 * signed: {@code Tierless-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">} with the secret in the
 * environment variable the setting names, and {@code Tierless-Delivery: <dispatch id>}. A 2xx is delivered.
 */
@ApplicationScoped
class WebhookChannel implements Channel {

    @Inject
    WorkQueue workQueue;

    @Inject
    ObjectMapper json;

    @Inject
    OutgoingCalls calls;

    @Inject
    Config environment;

    @Inject
    Clock clock;

    @Override
    public String method() {
        return Dispatch.WEBHOOK;
    }

    @Override
    public String target(Dispatch setting) {
        return setting.url();
    }

    @Override
    public Answer send(Outgoing outgoing) throws Exception {
        String secretEnv = outgoing.setting().secretEnv();
        String secret = environment.getOptionalValue(secretEnv, String.class).filter(value -> !value.isBlank())
                .orElseThrow(() -> new Undeliverable(secretEnv + " (the webhook's secret) is not set on the server"));
        String body = json.writeValueAsString(workQueue.detailForCouncil(outgoing.council(), outgoing.reference())
                .orElseThrow(() -> new Undeliverable("The request " + outgoing.reference() + " is no longer there")));
        long time = clock.instant().getEpochSecond();
        Answer answer = calls.post(outgoing.setting().url(), Map.of("Content-Type", "application/json",
                "Tierless-Delivery", outgoing.id().toString(),
                "Tierless-Signature", "t=" + time + ",v1=" + signature(secret, time, body)), body);
        if (answer.status() / 100 != 2) {
            throw new NotTaken(answer.status(), answer.body());
        }
        return answer;
    }

    /** The hex HMAC-SHA256, keyed with the secret, of the time, a full stop and the body. */
    static String signature(String secret, long time, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((time + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
