package uk.tierless.open311client;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Updates for a back office without {@code servicerequestupdates}: its requests read by id ({@code requests.xml}),
 * each compared with what it said last time (kept on the {@link SentRequest}); a new status or new notes is an
 * update, whose id is the back office's request id and the time it changed. The first reading of a request not
 * changed since it was sent is only remembered.
 */
final class Open311Changes {

    private Open311Changes() {
    }

    /** The changes since the last reading; the sent requests (managed entities) remember this reading. */
    static List<Open311Update> of(Open311Client client, Open311Target target, Collection<SentRequest> sent, int perCall) {
        Map<String, SentRequest> byId = sent.stream()
                .collect(Collectors.toMap(request -> request.backOfficeId, Function.identity(), (a, b) -> a));
        List<String> ids = List.copyOf(byId.keySet());
        List<Open311Update> changes = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += perCall) {
            for (Open311Update now : client.requests(target, ids.subList(start, Math.min(ids.size(), start + perCall)))) {
                SentRequest request = byId.get(now.backOfficeId());
                if (request == null || Objects.equals(request.lastUpdated, now.updateId())) {
                    continue;
                }
                boolean firstReading = request.lastUpdated == null;
                boolean newNotes = !Objects.equals(request.lastNotes, now.description());
                boolean newStatus = !Objects.equals(request.lastStatus, now.said());
                request.lastUpdated = now.updateId();
                request.lastStatus = now.said();
                request.lastNotes = now.description();
                if (firstReading && !now.at().isAfter(request.sentAt.truncatedTo(ChronoUnit.SECONDS))) {
                    continue; // as it was when it was sent
                }
                if (firstReading || newNotes || newStatus) {
                    changes.add(new Open311Update(now.updateId(), now.backOfficeId(), now.said(), now.status(),
                            firstReading || newNotes ? now.description() : null, now.at()));
                }
            }
        }
        return changes;
    }
}
