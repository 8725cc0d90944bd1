package uk.tierless.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        Duration base = Duration.ofSeconds(30);
        Duration hour = Duration.ofHours(1);
        assertThat(Backoff.after(1, base, hour)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2, base, hour)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(4, base, hour)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(8, base, hour)).isEqualTo(hour);
        assertThat(Backoff.after(500, base, hour)).isEqualTo(hour);
    }
}
