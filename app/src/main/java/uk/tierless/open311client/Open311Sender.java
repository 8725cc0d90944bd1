package uk.tierless.open311client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.requests.WorkQueue;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;

/**
 * What the dispatch engine calls to send one of a council's requests to the council's own Open311 back office:
 * reads the request, posts it ({@link Open311Client#send}), and remembers the back office's id for it, so that the
 * poller ({@link Open311Poller}) can bring that request's updates back. No transaction is held open during the call.
 */
@ApplicationScoped
public class Open311Sender {

    @Inject
    WorkQueue workQueue;

    @Inject
    Open311Client client;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    /**
     * Sends the council's request {@code reference} to {@code target}, whose api key the caller read from the
     * environment variable {@code apiKeyEnv} (kept, by name only, for the poller). Answers the back office's id; an
     * {@link Open311Failure} when it refused or did not answer. A request already sent answers its id without
     * sending again.
     */
    public String send(String council, String reference, Open311Target target, String apiKeyEnv) {
        var already = tenantScope.call(council, () -> SentRequest.<SentRequest>find("reference", reference)
                .firstResultOptional().map(sent -> sent.backOfficeId));
        if (already.isPresent()) {
            return already.get();
        }
        WorkQueue.Detail request = workQueue.detailForCouncil(council, reference)
                .orElseThrow(() -> new IllegalArgumentException("There is no request " + reference + " at " + council + "."));
        String backOfficeId = client.send(target, Open311Outgoing.of(request));
        tenantScope.run(council, () -> {
            SentRequest sent = new SentRequest();
            sent.reference = reference;
            sent.endpoint = target.endpoint();
            sent.jurisdiction = target.jurisdiction();
            sent.apiKeyEnv = apiKeyEnv;
            sent.backOfficeId = backOfficeId;
            sent.sentAt = Instant.now(clock);
            sent.persist();
        });
        return backOfficeId;
    }
}
