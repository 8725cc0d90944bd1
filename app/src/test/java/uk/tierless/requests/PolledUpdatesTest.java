package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A back office's updates to a Tierless request: its status where the lifecycle allows (else the request's own, with
 * a note for staff), its words public, the resident told, and each update applied once, even raced.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PolledUpdatesTest {

    private static final String CLIENT = "open311:crm.example.gov.uk";

    @Inject
    PolledUpdates updates;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void anUpdateMovesTheRequestTellsTheResidentAndIsAppliedOnce() {
        String reference = RequestWithNotes.make().reference();
        long emails = updateEmails(reference);
        var fixed = new PolledUpdates.PolledUpdate(reference, CLIENT, "crm-" + UUID.randomUUID(), "fixed",
                "Emptied this morning.");

        assertThat(updates.apply("tamworth", fixed)).isEqualTo(PolledUpdates.Outcome.APPLIED);
        assertThat(updates.apply("tamworth", fixed)).isEqualTo(PolledUpdates.Outcome.REPEATED);

        assertThat(status(reference)).isEqualTo("fixed");
        assertThat(updateEmails(reference)).isEqualTo(emails + 1);
        assertThat(eventsOf(reference, fixed.updateId())).containsExactly("back office: " + CLIENT + "|in_progress|fixed|Emptied this morning.|null");
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowKeepsTheRequestsStatusAndAnOpenOneReopensIt() {
        String reference = RequestWithNotes.make().reference();
        updates.apply("tamworth", update(reference, "fixed", null));

        String closed = "crm-" + UUID.randomUUID();
        updates.apply("tamworth", new PolledUpdates.PolledUpdate(reference, CLIENT, closed, "closed", "Closed."));
        assertThat(status(reference)).isEqualTo("fixed");
        assertThat(eventsOf(reference, closed)).containsExactly("back office: " + CLIENT
                + "|fixed|fixed|Closed.|The back office said closed, which a request that is fixed cannot become.");

        updates.apply("tamworth", update(reference, "in_progress", "Not done after all."));
        assertThat(status(reference)).isEqualTo(Lifecycle.REOPENED);
        String open = "crm-" + UUID.randomUUID();
        updates.apply("tamworth", new PolledUpdates.PolledUpdate(reference, CLIENT, open, Lifecycle.REOPENED, null));
        assertThat(eventsOf(reference, open)).as("an open word for an open request changes nothing, says nothing")
                .containsExactly("back office: " + CLIENT + "|reopened|reopened|null|null");
    }

    @Test
    void twoOfTheSameUpdateAtOnceAreAppliedOnce() throws Exception {
        String reference = RequestWithNotes.make().reference();
        var update = update(reference, "action_scheduled", "Booked for Friday.");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<PolledUpdates.Outcome>> both = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return updates.apply("tamworth", update);
                })).toList();
        start.countDown();
        List<PolledUpdates.Outcome> outcomes = both.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder(PolledUpdates.Outcome.APPLIED, PolledUpdates.Outcome.REPEATED);
        assertThat(eventsOf(reference, update.updateId())).hasSize(1);
    }

    @Test
    void anUpdateForNoRequestIsSaidToBeSo() {
        assertThat(updates.apply("tamworth", update("TAM-2001-9999", "fixed", "Done.")))
                .isEqualTo(PolledUpdates.Outcome.NO_SUCH_REQUEST);
    }

    private static PolledUpdates.PolledUpdate update(String reference, String status, String note) {
        return new PolledUpdates.PolledUpdate(reference, CLIENT, "crm-" + UUID.randomUUID(), status, note);
    }

    private String status(String reference) {
        return tenantScope.call("tamworth", () -> ServiceRequest.<ServiceRequest>find("reference", reference).firstResult().status);
    }

    /** Each event of the update as actor|from|to|public note|private note. */
    private List<String> eventsOf(String reference, String updateId) {
        return tenantScope.call("tamworth", () -> RequestEvent.<RequestEvent>list("client = ?1 and clientUpdateId = ?2",
                CLIENT, updateId).stream().map(e -> e.actor + "|" + e.fromStatus + "|" + e.toStatus + "|" + e.note + "|"
                + e.privateNote).toList());
    }

    private long updateEmails(String reference) {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery("select count(*) from outbox_messages m"
                        + " join service_requests r on r.id = m.request_id where r.reference = :reference and m.kind = 'update'")
                .setParameter("reference", reference).getSingleResult()).longValue());
    }
}
