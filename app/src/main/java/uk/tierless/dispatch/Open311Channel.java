package uk.tierless.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.open311client.Open311Failure;
import uk.tierless.open311client.Open311Sender;
import uk.tierless.open311client.Open311Target;
import uk.tierless.platform.TierlessConfig;

/**
 * A request sent to the council's own Open311 server as FixMyStreet sends it ({@link Open311Sender}), with the api
 * key from the environment variable the setting names; the back office's {@code service_request_id} is kept as the
 * dispatch's external id, and its updates come back through the poller. The endpoint is judged by the same rules as
 * every outgoing call ({@link OutgoingCalls#checked}) before anything is sent.
 */
@ApplicationScoped
class Open311Channel implements Channel {

    @Inject
    Open311Sender sender;

    @Inject
    Config environment;

    @Inject
    TierlessConfig config;

    @Override
    public String method() {
        return Dispatch.OPEN311;
    }

    @Override
    public String target(Dispatch setting) {
        return setting.open311().endpoint();
    }

    @Override
    public Answer send(Outgoing outgoing) throws Exception {
        Dispatch.Open311 setting = outgoing.setting().open311();
        OutgoingCalls.checked(setting.endpoint(), config.dispatch().allowPrivate());
        String key = environment.getOptionalValue(setting.apiKeyEnv(), String.class).filter(value -> !value.isBlank())
                .orElseThrow(() -> new Undeliverable(setting.apiKeyEnv() + " (the Open311 api key) is not set on the server"));
        try {
            String backOfficeId = sender.send(outgoing.council(), outgoing.reference(),
                    new Open311Target(setting.endpoint(), setting.jurisdiction(), key, setting.serviceCode()),
                    setting.apiKeyEnv());
            return new Answer(null, "Filed as " + backOfficeId, backOfficeId);
        } catch (Open311Failure failure) {
            if (failure.retryable()) {
                throw new NotTaken(failure.status() == 0 ? null : failure.status(), failure.getMessage());
            }
            throw new Undeliverable(failure.getMessage());
        }
    }
}
