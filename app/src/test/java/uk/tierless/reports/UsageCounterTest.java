package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous usage counts: one more per event, demand from opened tiles only, the device class and nothing more. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class UsageCounterTest {

    @Inject
    UsageCounter counter;

    @Test
    void everyOpenedTileAddsOneToItsServicesDemand() {
        long before = demandFor("redditch", "fly-tipping");

        List<UsageCounter.TileUse> tiles = List.of(new UsageCounter.TileUse("redditch", "fly-tipping"));
        counter.count(UsageCounter.PAGE_VIEW, "redditch", tiles, UsageCounter.TILE_OPENED, "web", "phone");
        counter.count(null, "", tiles, UsageCounter.TILE_OPENED, "web", "desktop");

        assertThat(demandFor("redditch", "fly-tipping")).isEqualTo(before + 2);
    }

    @Test
    void aTileOnlyShownIsNoDemand() {
        long before = demandFor("redditch", "dog-fouling");

        counter.count(UsageCounter.PAGE_VIEW, "redditch", List.of(new UsageCounter.TileUse("redditch", "dog-fouling")),
                UsageCounter.TILE_SHOWN, "web", "desktop");

        assertThat(demandFor("redditch", "dog-fouling")).isEqualTo(before);
    }

    @Test
    void demandIsCountedOnlyForTheCouncilsAskedAbout() {
        counter.count(null, "", List.of(new UsageCounter.TileUse("bromsgrove", "abandoned-vehicle")),
                UsageCounter.TILE_OPENED, "web", "desktop");

        assertThat(counter.demand(List.of("redditch"))).doesNotContainKey("bromsgrove/abandoned-vehicle");
        assertThat(counter.demand(List.of("bromsgrove", "redditch"))).containsKey("bromsgrove/abandoned-vehicle");
    }

    @Test
    void theDeviceIsOnlyItsClass() {
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148"))
                .isEqualTo("phone");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (Linux; Android 14; Pixel 8)")).isEqualTo("phone");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo("tablet");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")).isEqualTo("desktop");
        assertThat(UsageCounter.deviceClass(null)).isEqualTo("desktop");
    }

    private long demandFor(String council, String service) {
        return counter.demand(List.of(council)).getOrDefault(council + "/" + service, 0L);
    }
}
