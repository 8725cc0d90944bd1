package uk.tierless.dispatch;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.requests.Dispatching;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a new request goes: for a service set to a method with a {@link Channel}, a dispatch row in the transaction
 * that makes the request, for {@link DispatchSender} to send. Answers whether the work queue lists the request: yes
 * for the work queue, for {@code alsoQueue: true}, and for a method Tierless has no channel for.
 */
@ApplicationScoped
public class Dispatches implements Dispatching {

    @Inject
    ServiceOffers offers;

    @Inject
    Instance<Channel> channels;

    @Inject
    Clock clock;

    @Override
    public boolean made(Made request) {
        Dispatch setting = offers.dispatchOf(request.council(), request.service());
        Optional<Channel> channel = channelFor(setting.methodOrDefault());
        if (channel.isEmpty()) {
            return true;
        }
        Instant now = Instant.now(clock);
        RequestDispatch dispatch = new RequestDispatch();
        dispatch.requestId = request.requestId();
        dispatch.reference = request.reference();
        dispatch.method = setting.methodOrDefault();
        dispatch.target = channel.get().target(setting);
        dispatch.setting = setting;
        dispatch.state = RequestDispatch.PENDING;
        dispatch.nextAttemptAt = now;
        dispatch.createdAt = now;
        dispatch.triesSince = now;
        dispatch.persist();
        return setting.queued();
    }

    @Override
    public Optional<Sent> of(UUID requestId) {
        return RequestDispatch.<RequestDispatch>find("requestId", Sort.descending("createdAt"), requestId)
                .firstResultOptional().map(RequestDispatch::view);
    }

    Optional<Channel> channelFor(String method) {
        return channels.stream().filter(channel -> channel.method().equals(method)).findFirst();
    }
}
