package uk.tierless.notifications;

import java.util.Map;
import java.util.Optional;

/**
 * A council sends its messages to residents through GOV.UK Notify rather than email (the {@code govukNotify} key of
 * its tenant.yaml): the API key is read from the environment variable {@code apiKeyEnv}; {@code templates} (email)
 * and {@code smsTemplates} (text messages) map each kind of message (acknowledgement, update, transfer) to a Notify
 * template id.
 */
public record NotifyAccount(String apiKeyEnv, Map<String, String> templates, Map<String, String> smsTemplates) {

    public Optional<String> template(String kind, boolean sms) {
        Map<String, String> ids = sms ? smsTemplates : templates;
        return Optional.ofNullable(ids == null ? null : ids.get(kind));
    }
}
