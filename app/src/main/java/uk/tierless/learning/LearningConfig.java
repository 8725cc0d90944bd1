package uk.tierless.learning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Adult-learning classes' settings (docs/bookings.md, Classes); each can be set by environment. */
@ConfigMapping(prefix = "tierless.learning")
public interface LearningConfig {

    /** How often the job passes offers not accepted in time to the next on the waiting list; "off" in the tests. */
    @WithDefault("5m")
    String offersEvery();

    /** How long an offered place is held for the learner it is offered to. */
    @WithDefault("48h")
    Duration offerHeldFor();
}
