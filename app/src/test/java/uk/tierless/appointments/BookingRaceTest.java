package uk.tierless.appointments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.BookingDesk;
import uk.tierless.tenancy.TenantScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * THE RACE: fifty bookings at once for the last place of a slot. Each calls {@link Appointments#book} as requests
 * does, in a transaction and Staffordshire's scope of its own; exactly one wins, every other is told slot_taken and
 * offered the next free slots. The request ids are random: bookings do not reference the requests table.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BookingRaceTest {

    private static final int BOOKERS = 50;

    @Inject
    Appointments appointments;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void fiftyRaceForTheLastPlaceAndExactlyOneWins() throws Exception {
        Map<String, Object> slot = Births.emptySlot("stafford", 2);
        String slotId = (String) slot.get("id");
        book(UUID.randomUUID(), slotId);

        ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < BOOKERS; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return book(UUID.randomUUID(), slotId);
                    } catch (ApiException refused) {
                        return refused.toError();
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            List<ApiError> refused = results.stream().filter(ApiError.class::isInstance).map(ApiError.class::cast).toList();
            assertThat(results).filteredOn(BookingDesk.Booked.class::isInstance).as("exactly one wins").hasSize(1);
            assertThat(refused).hasSize(BOOKERS - 1).allSatisfy(error -> {
                assertThat(error.error()).isEqualTo("slot_taken");
                assertThat(error.alternatives()).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                        .allSatisfy(alternative -> assertThat(((SlotView) alternative).id()).isNotEqualTo(slotId))
                        .allSatisfy(alternative -> assertThat(((SlotView) alternative).free()).isPositive());
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(liveBookings(slotId)).as("the slot's two places, each held once").isEqualTo(2);
        assertThat(Births.slots("stafford")).filteredOn(listed -> listed.get("id").equals(slotId)).singleElement()
                .satisfies(listed -> assertThat(listed.get("free")).isEqualTo(0));
    }

    @Test
    void theDatabaseRefusesASecondBookingOfOnePlaceWhateverTheCodeDoes() {
        Map<String, Object> slot = Births.emptySlot("stafford", 2);
        UUID slotId = UUID.fromString((String) slot.get("id"));
        book(UUID.randomUUID(), slotId.toString());

        assertThatThrownBy(() -> tenantScope.run("staffordshire", () -> entityManager.createNativeQuery(
                        "insert into appointment_bookings (id, tenant_id, request_id, slot_id, place, state, booked_at, changed_at)"
                                + " values (gen_random_uuid(), 'staffordshire', gen_random_uuid(), :slot, 1, 'booked', now(), now())")
                .setParameter("slot", slotId).executeUpdate()))
                .as("place 1 is held already").hasStackTraceContaining("appointment_bookings_place_idx");
        assertThatThrownBy(() -> tenantScope.run("staffordshire", () -> entityManager.createNativeQuery(
                        "insert into appointment_bookings (id, tenant_id, request_id, slot_id, place, state, booked_at, changed_at)"
                                + " values (gen_random_uuid(), 'staffordshire', gen_random_uuid(), :slot, 3, 'booked', now(), now())")
                .setParameter("slot", slotId).executeUpdate()))
                .as("a slot of two places has no place 3").hasStackTraceContaining("appointment_bookings_tenant_id_slot_id_place_fkey");
    }

    private Object book(UUID requestId, String slotId) {
        return tenantScope.call("staffordshire", () -> appointments.book(new BookingDesk.Booking("staffordshire",
                "register-birth", requestId, "SCC-RACE", Map.of("slot", slotId),
                Map.of("baby-date-of-birth", Births.today().minusDays(5).toString()), null)));
    }

    private long liveBookings(String slotId) {
        return tenantScope.call("staffordshire", () -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from appointment_bookings where slot_id = :slot and place is not null")
                .setParameter("slot", UUID.fromString(slotId)).getSingleResult()).longValue());
    }
}
